import { type Address, type Hex, numberToHex } from "viem";
import { z } from "zod";
import type { DevAccounts } from "../config/dev-accounts.ts";
import type { RpcAnswer, RpcClient, RpcError } from "../rpc/rpc-client.ts";

/** An `eth_sendTransaction` request for a dev account, with quantities already parsed. */
export type TxRequest = {
  from: Address;
  to?: Address;
  data?: Hex;
  value?: bigint;
  gas?: bigint;
  nonce?: number;
  gasPrice?: bigint;
  maxFeePerGas?: bigint;
  maxPriorityFeePerGas?: bigint;
};

const address = z.string().regex(/^0x[0-9a-fA-F]{40}$/) as z.ZodType<Address>;
const data = z.string().regex(/^0x([0-9a-fA-F]{2})*$/) as z.ZodType<Hex>;
const quantity = z
  .string()
  .regex(/^0x[0-9a-fA-F]{1,64}$/)
  .transform((s) => BigInt(s));

const txRequestSchema = z.object({
  from: address,
  to: address.nullish(),
  data: data.optional(),
  input: data.optional(),
  value: quantity.optional(),
  gas: quantity.optional(),
  nonce: quantity.optional(),
  gasPrice: quantity.optional(),
  maxFeePerGas: quantity.optional(),
  maxPriorityFeePerGas: quantity.optional(),
});

/** Parses JSON-RPC `eth_sendTransaction` params; a bad request becomes an invalid-params error. */
export function parseTxRequest(params: unknown): TxRequest | RpcError {
  const first = Array.isArray(params) ? params[0] : undefined;
  const parsed = txRequestSchema.safeParse(first);
  if (!parsed.success) {
    return { code: -32602, message: `invalid transaction: ${parsed.error.issues[0]?.message}` };
  }
  const p = parsed.data;
  return {
    from: p.from,
    to: p.to ?? undefined,
    data: p.input ?? p.data,
    value: p.value,
    gas: p.gas,
    nonce: p.nonce === undefined ? undefined : Number(p.nonce),
    gasPrice: p.gasPrice,
    maxFeePerGas: p.maxFeePerGas,
    maxPriorityFeePerGas: p.maxPriorityFeePerGas,
  };
}

const DEFAULT_TIP = 1_000_000_000n;

/**
 * Signs dev-account requests the way a wallet would: the pending nonce and a gas estimate from
 * the reference replica, fees from the latest base fee. Requests are signed in order, so several
 * from one account in one batch get consecutive nonces.
 */
export async function signRequests(
  requests: readonly TxRequest[],
  ctx: { accounts: DevAccounts; chainId: number; reference: RpcClient; baseFee: bigint },
): Promise<(Hex | RpcError)[]> {
  const out: (Hex | RpcError)[] = requests.map((r) =>
    ctx.accounts.find(r.from)
      ? { code: -32603, message: "not signed" }
      : { code: -32000, message: `unknown account ${r.from}: not a devnet dev account` },
  );
  const known = (i: number) => ctx.accounts.find(requests[i]?.from ?? "") !== undefined;
  const needGas = requests
    .map((r, i) => ({ r, i }))
    .filter(({ r, i }) => r.gas === undefined && known(i));
  const estimates = await ctx.reference.batch(
    needGas.map(({ r }) => ({
      method: "eth_estimateGas",
      params: [
        {
          from: r.from,
          to: r.to,
          data: r.data,
          value: r.value === undefined ? undefined : numberToHex(r.value),
        },
      ],
    })),
  );
  const gas = new Map<number, bigint>();
  needGas.forEach(({ i }, k) => {
    const answer = estimates[k];
    if (answer?.error) out[i] = answer.error;
    else if (typeof answer?.result === "string") gas.set(i, BigInt(answer.result));
    else out[i] = { code: -32603, message: "gas estimate failed" };
  });

  const senders = [
    ...new Set(requests.filter((r, i) => r.nonce === undefined && known(i)).map((r) => r.from)),
  ];
  const nonceAnswers = await ctx.reference.batch(
    senders.map((s) => ({ method: "eth_getTransactionCount", params: [s, "pending"] })),
  );
  const nonces = new Map<string, number>();
  for (const [k, s] of senders.entries()) nonces.set(s.toLowerCase(), numberOf(nonceAnswers[k]));

  for (const [i, r] of requests.entries()) {
    const account = ctx.accounts.find(r.from);
    if (!account) continue; // `out[i]` says so
    const gasLimit = r.gas ?? gas.get(i);
    if (gasLimit === undefined) continue; // its estimate failed; `out[i]` holds the error
    const key = r.from.toLowerCase();
    const nonce = r.nonce ?? nonces.get(key) ?? 0;
    if (r.nonce === undefined) nonces.set(key, nonce + 1);
    const common = {
      chainId: ctx.chainId,
      to: r.to,
      data: r.data,
      value: r.value,
      gas: gasLimit,
      nonce,
    };
    out[i] =
      r.gasPrice !== undefined
        ? await account.signTransaction({ ...common, type: "legacy", gasPrice: r.gasPrice })
        : await account.signTransaction({
            ...common,
            type: "eip1559",
            maxPriorityFeePerGas: r.maxPriorityFeePerGas ?? DEFAULT_TIP,
            maxFeePerGas:
              r.maxFeePerGas ?? ctx.baseFee * 2n + (r.maxPriorityFeePerGas ?? DEFAULT_TIP),
          });
  }
  return out;
}

function numberOf(answer: RpcAnswer | undefined): number {
  if (answer && !answer.error && typeof answer.result === "string") return Number(answer.result);
  throw new Error(`eth_getTransactionCount failed: ${JSON.stringify(answer)}`);
}
