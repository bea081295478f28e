import { DevnetChain } from "./chain/devnet-chain.ts";
import { DevAccounts } from "./config/dev-accounts.ts";
import { DEFAULT_GENESIS_TIMESTAMP, DEV_MNEMONIC } from "./config/topology.ts";

/** A small chain of `nodes` replicas on free ports, no seed, no block timer. */
export async function startTestChain(nodes = 3): Promise<DevnetChain> {
  const accounts = new DevAccounts(DEV_MNEMONIC, 10);
  const spec = {
    key: "test",
    chainId: 7799,
    name: "Test",
    nodes: Array.from({ length: nodes }, (_, i) => ({
      code: String(9001 + i),
      city: `City ${i + 1}`,
      lat: 30,
      lon: 110 + i,
    })),
  };
  const chain = new DevnetChain(spec, {
    accounts,
    mnemonic: DEV_MNEMONIC,
    genesisTimestamp: DEFAULT_GENESIS_TIMESTAMP,
    blockTimeMs: 200,
    ports: spec.nodes.map(() => ({ gateway: 0, replica: 0 })),
  });
  await chain.start();
  return chain;
}

type JsonRpcResponse = {
  jsonrpc: "2.0";
  id: unknown;
  result?: unknown;
  error?: { code: number; message: string };
};

/** POSTs a JSON-RPC body (one call or a batch) and returns the parsed response. */
export async function post(
  url: string,
  body: unknown,
): Promise<{ status: number; headers: Headers; json: JsonRpcResponse & JsonRpcResponse[] }> {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  return { status: res.status, headers: res.headers, json: await res.json() };
}

export function rpc(url: string, method: string, params: unknown[] = []) {
  return post(url, { jsonrpc: "2.0", id: 1, method, params }).then((r) => {
    if (r.json.error) throw new Error(`${method}: ${r.json.error.message}`);
    return r.json.result;
  });
}

/** Block hash at `n` on every given endpoint. */
export function hashesAt(urls: readonly string[], n: number): Promise<(string | undefined)[]> {
  return Promise.all(
    urls.map(async (u) => {
      const b = (await rpc(u, "eth_getBlockByNumber", [`0x${n.toString(16)}`, false])) as {
        hash: string;
      } | null;
      return b?.hash;
    }),
  );
}

export async function waitFor(
  check: () => Promise<boolean> | boolean,
  timeoutMs = 20_000,
  what = "condition",
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
