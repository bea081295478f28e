import type { ChainConfig } from "../src/lib/config/network-config.ts";

/**
 * The seeded devnet's pages the explorer benchmarks load: a block with 20–40 transactions, block
 * 12 and its first transaction (an app call with events), and that transaction's sender.
 */
export type ExplorerTargets = { bigBlock: number; tx: string; sender: string };

export async function explorerTargets(chain: ChainConfig): Promise<ExplorerTargets> {
  const rpc = async (method: string, params: unknown[]) => {
    const r = await fetch(chain.nodes[0]?.url ?? "", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params }),
    });
    return ((await r.json()) as { result: unknown }).result;
  };
  // Seeding ends before block 12 on a fast machine: wait for it (a block a second).
  for (let i = 0; i < 60 && !(await rpc("eth_getBlockByNumber", ["0xc", false])); i++)
    await new Promise((r) => setTimeout(r, 500));
  let bigBlock = 0;
  for (let n = 1; n < 40 && bigBlock === 0; n++) {
    const b = (await rpc("eth_getBlockByNumber", [`0x${n.toString(16)}`, false])) as {
      transactions: string[];
    };
    if (b.transactions.length >= 20 && b.transactions.length <= 40) bigBlock = n;
  }
  const b12 = (await rpc("eth_getBlockByNumber", ["0xc", false])) as { transactions: string[] };
  const tx = b12.transactions[0] ?? "";
  const sender = ((await rpc("eth_getTransactionByHash", [tx])) as { from: string }).from;
  return { bigBlock, tx, sender };
}
