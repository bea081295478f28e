import type { Page } from "@playwright/test";
import { type Hex, hexToBigInt, type PrivateKeyAccount } from "viem";

/**
 * A test wallet injected into the page as a real EIP-1193 provider, announced through EIP-6963
 * like a browser extension. It signs with a test key: the page-side provider fills the
 * transaction (nonce, gas price, chain id) from the chain's gateway and asks the test process,
 * through `page.exposeFunction`, to sign it with viem's `privateKeyToAccount`; the raw transaction
 * then goes to the gateway with `eth_sendRawTransaction`. So nothing is signed by the devnet's
 * sequencer for this account, and the key never enters the page. Reads are forwarded to the
 * gateway of the chain the wallet is switched to (`wallet_switchEthereumChain`).
 */
export async function injectTestWallet(
  page: Page,
  account: PrivateKeyAccount,
  gateways: Record<number, string>,
  name = "BSN Test Wallet",
  /** Asked before each transaction is signed: true makes the wallet decline it (EIP-1193 4001). */
  refuse: () => boolean = () => false,
) {
  // EIP-712 (eth_signTypedData_v4): the typed data arrives as JSON and is signed with the key.
  await page.exposeFunction("__bsnTestWalletSignTypedData", async (json: string) =>
    account.signTypedData(JSON.parse(json)),
  );
  await page.exposeFunction(
    "__bsnTestWalletSign",
    async (tx: {
      to?: Hex;
      data?: Hex;
      value?: Hex;
      gas: Hex;
      gasPrice: Hex;
      nonce: Hex;
      chainId: number;
    }) =>
      refuse()
        ? null
        : account.signTransaction({
            type: "legacy",
            to: tx.to,
            data: tx.data,
            value: tx.value ? hexToBigInt(tx.value) : 0n,
            gas: hexToBigInt(tx.gas),
            gasPrice: hexToBigInt(tx.gasPrice),
            nonce: Number(hexToBigInt(tx.nonce)),
            chainId: tx.chainId,
          }),
  );
  await page.addInitScript(
    ({ address, gateways, name }) => {
      let chainId = Number(Object.keys(gateways)[0]);
      const listeners = new Map<string, Set<(...a: unknown[]) => void>>();
      let id = 0;
      const rpc = async (method: string, params: unknown[] = []) => {
        const url = gateways[chainId];
        if (!url) throw Object.assign(new Error("Unknown chain"), { code: 4901 });
        const res = await fetch(url, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ jsonrpc: "2.0", id: ++id, method, params }),
        });
        const body = (await res.json()) as {
          result?: unknown;
          error?: { code: number; message: string; data?: unknown };
        };
        if (body.error) throw Object.assign(new Error(body.error.message), body.error);
        return body.result;
      };
      const w = window as unknown as {
        __bsnTestWalletSign(tx: unknown): Promise<string | null>;
        __bsnTestWalletSignTypedData(json: string): Promise<string>;
      };
      const sign = w.__bsnTestWalletSign;
      const provider = {
        async request(args: { method: string; params?: unknown[] }) {
          const params = args.params ?? [];
          switch (args.method) {
            case "eth_requestAccounts":
            case "eth_accounts":
              return [address];
            case "eth_chainId":
              return `0x${chainId.toString(16)}`;
            case "wallet_switchEthereumChain": {
              const target = Number((params[0] as { chainId: string }).chainId);
              if (!gateways[target])
                throw Object.assign(new Error("Unrecognized chain"), { code: 4902 });
              chainId = target;
              for (const l of listeners.get("chainChanged") ?? []) l(`0x${target.toString(16)}`);
              return null;
            }
            case "eth_signTypedData_v4": {
              if (String(params[0]).toLowerCase() !== address.toLowerCase()) {
                throw Object.assign(new Error("Unknown account"), { code: 4100 });
              }
              return w.__bsnTestWalletSignTypedData(String(params[1]));
            }
            case "eth_sendTransaction": {
              const tx = params[0] as {
                from: string;
                to?: string;
                data?: string;
                value?: string;
                gas?: string;
              };
              if (tx.from.toLowerCase() !== address.toLowerCase()) {
                throw Object.assign(new Error("Unknown account"), { code: 4100 });
              }
              const [nonce, gasPrice] = (await Promise.all([
                rpc("eth_getTransactionCount", [address, "pending"]),
                rpc("eth_gasPrice"),
              ])) as [string, string];
              const gas = tx.gas ?? ((await rpc("eth_estimateGas", [tx])) as string);
              const raw = await sign({
                to: tx.to,
                data: tx.data,
                value: tx.value,
                gas,
                gasPrice,
                nonce,
                chainId,
              });
              if (raw === null) {
                throw Object.assign(new Error("User rejected the request."), { code: 4001 });
              }
              return rpc("eth_sendRawTransaction", [raw]);
            }
            default:
              return rpc(args.method, params);
          }
        },
        on(event: string, l: (...a: unknown[]) => void) {
          const set = listeners.get(event) ?? new Set();
          set.add(l);
          listeners.set(event, set);
        },
        removeListener(event: string, l: (...a: unknown[]) => void) {
          listeners.get(event)?.delete(l);
        },
      };
      const info = {
        uuid: "6f1a3a53-6f0e-4d5e-9a39-0d3e1c2b7a10",
        name,
        icon: "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 8 8'%3E%3Crect width='8' height='8' fill='%230369a1'/%3E%3C/svg%3E",
        rdns: "org.bsn.test-wallet",
      };
      const announce = () =>
        window.dispatchEvent(
          new CustomEvent("eip6963:announceProvider", {
            detail: Object.freeze({ info, provider }),
          }),
        );
      window.addEventListener("eip6963:requestProvider", announce);
      announce();
    },
    { address: account.address, gateways, name },
  );
}
