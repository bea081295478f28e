import { type ChildProcess, spawn } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import {
  type Abi,
  type Address,
  BaseError,
  ContractFunctionRevertedError,
  createPublicClient,
  createTestClient,
  createWalletClient,
  getAddress,
  type Hex,
  http,
} from "viem";
import { type PrivateKeyAccount, privateKeyToAccount } from "viem/accounts";
import { foundry } from "viem/chains";

/** anvil's dev accounts (default mnemonic), named for the role each plays in the tests. */
export const accounts = {
  admin: "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266",
  tenantOwner: "0x70997970C51812dc3A010C7d01b50e0d17dc79C8",
  signer: "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC",
  operator: "0x90F79bf6EB2c4f870365E785982E1f101E93b906",
  stranger: "0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65",
  otherOwner: "0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc",
  otherSigner: "0x976EA74026E726554dB657fA54763abd0C3a0aa9",
} as const satisfies Record<string, Address>;

export type Role = keyof typeof accounts;

const mnemonic = "test test test test test test test test test test test junk";

// The well-known private keys of that mnemonic's first accounts (public test keys). Deriving
// them from the mnemonic in JS costs ~0.5 s per account at import time.
const devKeys: Record<Role, Hex> = {
  admin: "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80",
  tenantOwner: "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d",
  signer: "0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a",
  operator: "0x7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6",
  stranger: "0x47e179ec197488593b187f80a00eb0da91f1b9d0b13f8733639f19c30a34926a",
  otherOwner: "0x8b3a350cf5c34c9194ca85829a2df0ec3153be0318b5e2d3348e872092edffba",
  otherSigner: "0x92db14e403b83dfe3df233f83dfa3a0d7096f21ca9b0d6d6b8d88b2b4ec1564e",
};

/**
 * Local (JS-signing) accounts. With them viem estimates gas before sending, so a call that
 * would revert fails with the decoded custom error instead of being mined as a failed tx.
 */
export const signers = Object.fromEntries(
  Object.entries(devKeys).map(([role, key]) => [role, privateKeyToAccount(key)]),
) as Record<Role, PrivateKeyAccount>;
for (const [role, account] of Object.entries(signers)) {
  if (account.address !== accounts[role as Role]) {
    throw new Error(`account table wrong for ${role}`);
  }
}

function anvilBinary(): string {
  const arch = process.arch === "x64" ? "amd64" : process.arch;
  const pkg = `@foundry-rs/anvil-${process.platform}-${arch}`;
  const require = createRequire(import.meta.url);
  const dir = path.dirname(require.resolve(`${pkg}/package.json`));
  return path.join(dir, "bin", process.platform === "win32" ? "anvil.exe" : "anvil");
}

export type Anvil = Awaited<ReturnType<typeof startAnvil>>;

/**
 * Starts a fresh anvil on a port the OS picks (`--port 0`), reading the real port from its
 * banner, so parallel test files never collide.
 */
export async function startAnvil() {
  const child = spawn(
    anvilBinary(),
    ["--host", "127.0.0.1", "--port", "0", "--mnemonic", mnemonic, "--accounts", "10"],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  const url = await listeningUrl(child).catch(async (error: unknown) => {
    await stopProcess(child);
    throw error;
  });
  const transport = http(url);
  const wallet = createWalletClient({ chain: foundry, transport, pollingInterval: 20 });
  const client = createPublicClient({ chain: foundry, transport, pollingInterval: 20 });
  const test = createTestClient({ chain: foundry, mode: "anvil", transport });
  // Each block is exactly 1 s after the previous one, whatever the wall clock says. Otherwise
  // gas estimated in one second (where writing block.timestamp over the same value is a cheap
  // no-op SSTORE) can be too low for a block mined in the next second: flaky out-of-gas.
  await test.setBlockTimestampInterval({ interval: 1 });

  return {
    url,
    transport,
    client,
    wallet,
    test,
    /** Deploys as the admin and returns the new contract's address. */
    async deploy(abi: Abi, bytecode: Hex, args: readonly unknown[] = []): Promise<Address> {
      const hash = await wallet.deployContract({ abi, bytecode, args, account: signers.admin });
      const receipt = await client.waitForTransactionReceipt({ hash });
      if (!receipt.contractAddress) throw new Error("deployment produced no contract");
      // Receipts carry the address lowercased; the rest of viem returns checksummed ones.
      return getAddress(receipt.contractAddress);
    },
    stop: () => stopProcess(child),
  };
}

function listeningUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = "";
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const match = /Listening on (127\.0\.0\.1:\d+)/.exec(out);
      if (match) {
        child.stdout?.off("data", onData);
        // Keep draining so a full pipe never blocks anvil.
        child.stdout?.resume();
        resolve(`http://${match[1]}`);
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.once("error", reject);
    child.once("exit", (code) =>
      reject(new Error(`anvil exited (${code}) before listening:\n${out}`)),
    );
  });
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    // A wedged node must not keep the test run alive.
    const force = setTimeout(() => child.kill("SIGKILL"), 2_000);
    child.once("exit", () => {
      clearTimeout(force);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

/**
 * Takes a snapshot now; `restore()` rolls back to it and re-arms, because anvil consumes a
 * snapshot id when it reverts to it.
 */
export async function snapshotter(anvil: Anvil) {
  let id = await anvil.test.snapshot();
  return {
    async restore() {
      // Raw request: viem's `revert` action drops the boolean that says whether it worked.
      const ok: unknown = await anvil.test.request({ method: "evm_revert", params: [id] });
      if (ok !== true) throw new Error(`evm_revert to ${id} failed`);
      id = await anvil.test.snapshot();
    },
  };
}

export type Revert = { errorName: string; args: readonly unknown[] };

/** Awaits a call expected to revert and returns the decoded custom error. */
export async function revertOf(call: Promise<unknown>): Promise<Revert> {
  try {
    await call;
  } catch (error) {
    if (error instanceof BaseError) {
      const reverted = error.walk((e) => e instanceof ContractFunctionRevertedError);
      if (reverted instanceof ContractFunctionRevertedError && reverted.data) {
        return { errorName: reverted.data.errorName, args: reverted.data.args ?? [] };
      }
    }
    throw error;
  }
  throw new Error("expected a revert, but the call succeeded");
}
