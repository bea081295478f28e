import { numberToHex } from "viem";
import { z } from "zod";
import { quantitySchema, type RpcClient } from "../rpc/rpc-client.ts";

const parentSchema = z.object({
  number: quantitySchema,
  gasUsed: quantitySchema,
  gasLimit: quantitySchema,
  baseFeePerGas: quantitySchema,
});

/** EIP-1559: the base fee of the block after `parent` (elasticity 2, change denominator 8). */
export function nextBaseFee(parent: { gasUsed: bigint; gasLimit: bigint; baseFeePerGas: bigint }) {
  const { gasUsed, baseFeePerGas: base } = parent;
  const target = parent.gasLimit / 2n;
  if (gasUsed === target) return base;
  if (gasUsed > target) {
    const delta = (base * (gasUsed - target)) / target / 8n;
    return base + (delta > 1n ? delta : 1n);
  }
  return base - (base * (target - gasUsed)) / target / 8n;
}

/**
 * Takes a replica back to block `to` and empties its pool. anvil_rollback restores the state but
 * keeps the next base fee of the abandoned tip, so the next block would differ from a replica that
 * never left the chain; the base fee is set again from the new head.
 */
export async function rollbackTo(client: RpcClient, to: number): Promise<void> {
  const head = Number(await client.call("eth_blockNumber", [], quantitySchema));
  if (head > to) await client.call("anvil_rollback", [head - to], z.null());
  const parent = await client.call("eth_getBlockByNumber", [numberToHex(to), false], parentSchema);
  if (Number(parent.number) !== to) throw new Error(`rollback to ${to} landed on ${parent.number}`);
  await client.call(
    "anvil_setNextBlockBaseFeePerGas",
    [numberToHex(nextBaseFee(parent))],
    z.null(),
  );
  await client.call("anvil_dropAllTransactions", [], z.null());
}
