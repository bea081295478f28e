import { pbkdf2Sync } from "node:crypto";
import { type Address, type Hex, toHex } from "viem";
import { HDKey, type PrivateKeyAccount, privateKeyToAccount } from "viem/accounts";

/**
 * The devnet's dev accounts: anvil derives and funds the same keys from the mnemonic, and the
 * sequencer signs `eth_sendTransaction` for them. Derived here once: viem's mnemonicToAccount
 * recomputes the BIP-39 seed (2048 PBKDF2 rounds) for every account.
 */
export class DevAccounts {
  readonly list: readonly PrivateKeyAccount[];
  private readonly byAddress: Map<string, PrivateKeyAccount>;

  constructor(mnemonic: string, count: number) {
    const seed = pbkdf2Sync(mnemonic.normalize("NFKD"), "mnemonic", 2048, 64, "sha512");
    const root = HDKey.fromMasterSeed(seed);
    this.list = Array.from({ length: count }, (_, i) => {
      const key = root.derive(`m/44'/60'/0'/0/${i}`).privateKey;
      if (!key) throw new Error(`could not derive dev account ${i}`);
      return privateKeyToAccount(toHex(key) as Hex);
    });
    this.byAddress = new Map(this.list.map((a) => [a.address.toLowerCase(), a]));
  }

  get(index: number): PrivateKeyAccount {
    const account = this.list[index];
    if (!account) throw new Error(`no dev account ${index} (have ${this.list.length})`);
    return account;
  }

  find(address: string): PrivateKeyAccount | undefined {
    return this.byAddress.get(address.toLowerCase());
  }

  address(index: number): Address {
    return this.get(index).address;
  }
}
