import { type ChildProcess, spawn } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { z } from "zod";
import { RpcClient } from "../rpc/rpc-client.ts";

/** Every replica of a chain starts from the same genesis: same mnemonic, chain id and time. */
export type AnvilOptions = {
  chainId: number;
  port: number;
  mnemonic: string;
  accounts: number;
  genesisTimestamp: number;
};

export type AnvilProcess = {
  readonly pid: number;
  readonly url: string;
  readonly client: RpcClient;
  /** Resolves once the process (and so its port) is gone. */
  readonly exited: Promise<void>;
  stop(): Promise<void>;
};

/** The binary the @foundry-rs/anvil package ships for this platform. */
export function anvilBinary(): string {
  const require = createRequire(import.meta.url);
  const pkg = `@foundry-rs/anvil-${process.platform}-${process.arch === "x64" ? "amd64" : process.arch}`;
  return path.join(path.dirname(require.resolve(`${pkg}/package.json`)), "bin", "anvil");
}

/**
 * anvil ignores its stdin, so a devnet killed with SIGKILL would leave its nodes running. A tiny
 * sh wrapper holds our stdin pipe: when the pipe closes (we exited, however) or the wrapper gets
 * SIGTERM, it kills its anvil. Its own exit therefore means the anvil is gone and the port free.
 */
const WRAPPER = [
  // Background jobs of a non-interactive sh read /dev/null, so the watcher gets our pipe as fd 3.
  "exec 3<&0",
  '"$0" "$@" </dev/null >/dev/null 2>&1 & a=$!',
  "trap 'kill $a 2>/dev/null' TERM INT HUP",
  "(while read -r _; do :; done <&3; kill $a 2>/dev/null) & w=$!",
  "exec 3<&-",
  "wait $a; wait $a 2>/dev/null; kill $w 2>/dev/null; exit 0",
].join("; ");

const children = new Set<ChildProcess>();
let exitHookInstalled = false;

/** Last resort on a normal exit: the wrappers would notice the closed pipe anyway. */
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on("exit", () => {
    for (const c of children) c.kill("SIGTERM");
  });
}

export async function startAnvil(opts: AnvilOptions): Promise<AnvilProcess> {
  installExitHook();
  const args = [
    "--host",
    "127.0.0.1",
    "--port",
    String(opts.port),
    "--chain-id",
    String(opts.chainId),
    "--mnemonic",
    opts.mnemonic,
    "--accounts",
    String(opts.accounts),
    "--timestamp",
    String(opts.genesisTimestamp),
    // Blocks are made only by the sequencer's evm_mine, and in arrival order, so that every
    // replica builds the same block from the same transactions.
    "--no-mining",
    "--order",
    "fifo",
    // Keep recent states in memory only. By default anvil writes every older state to
    // ~/.foundry/anvil/tmp and never removes it when killed: a day of devnet filled the disk.
    "--prune-history",
    "256",
    "--silent",
  ];
  const child = spawn("sh", ["-c", WRAPPER, anvilBinary(), ...args], {
    stdio: ["pipe", "ignore", "inherit"],
    // Its own process group: a Ctrl-C in the terminal reaches only us, and we stop the nodes in
    // order instead of having them vanish under the sequencer.
    detached: true,
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error("could not spawn anvil");
  children.add(child);
  const exited = new Promise<void>((resolve) => {
    child.once("exit", () => {
      children.delete(child);
      resolve();
    });
  });
  const url = `http://127.0.0.1:${opts.port}`;
  const client = new RpcClient(url);
  const stop = async () => {
    client.close();
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    await exited;
  };
  try {
    await waitReady(client, opts.chainId, exited);
  } catch (e) {
    await stop();
    throw e;
  }
  return { pid, url, client, exited, stop };
}

async function waitReady(client: RpcClient, chainId: number, exited: Promise<void>) {
  let dead = false;
  void exited.then(() => {
    dead = true;
  });
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (dead) throw new Error(`anvil on ${client.url} exited while starting (port taken?)`);
    try {
      const id = await client.call("eth_chainId", [], z.string());
      if (Number(id) !== chainId) throw new Error(`${client.url} is a node of chain ${Number(id)}`);
      return;
    } catch (e) {
      if (e instanceof Error && e.message.includes("is a node of chain")) throw e;
      if (Date.now() > deadline) throw new Error(`anvil on ${client.url} did not start`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }
}
