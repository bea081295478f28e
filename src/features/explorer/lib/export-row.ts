import type { ExportRow } from "./export-format.ts";
import type { RpcReceipt, RpcTransaction } from "./rpc-shapes.ts";

/** A list row as exported: decimal integers, ISO time, method already named by the caller. */
export function toExportRow(
  r: { tx: RpcTransaction; receipt: RpcReceipt | undefined; timestamp: bigint },
  method: string,
): ExportRow {
  const gasUsed = r.receipt?.gasUsed ? BigInt(r.receipt.gasUsed) : 0n;
  const price = r.receipt?.effectiveGasPrice ? BigInt(r.receipt.effectiveGasPrice) : 0n;
  return {
    blockNumber: r.tx.blockNumber ? BigInt(r.tx.blockNumber).toString() : "",
    timestamp: new Date(Number(r.timestamp) * 1000).toISOString(),
    hash: r.tx.hash,
    from: r.tx.from,
    to: r.tx.to ?? "",
    method,
    status: r.receipt && BigInt(r.receipt.status ?? "0x1") !== 1n ? "failed" : "success",
    value: BigInt(r.tx.value).toString(),
    gasUsed: gasUsed.toString(),
    fee: (gasUsed * price).toString(),
  };
}
