import { BaseError, ContractFunctionRevertedError, UserRejectedRequestError } from "viem";

/**
 * A failed write in words. `title`/`detail` are plain text for any screen; `errorName` and
 * `args` let a translated view phrase a known custom error (see TxProgress).
 */
export type TxError = {
  title: string;
  detail: string;
  kind: "revert" | "rejected" | "reverted-on-chain" | "no-account" | "other";
  errorName?: string;
  args?: readonly string[];
};

export function formatArg(v: unknown): string {
  if (typeof v === "bigint") return v.toString();
  if (typeof v === "string") return v;
  if (Array.isArray(v)) return `[${v.map(formatArg).join(", ")}]`;
  return String(v);
}

function isRejection(e: unknown): boolean {
  if (e instanceof BaseError && e.walk((x) => x instanceof UserRejectedRequestError)) return true;
  let cur: unknown = e;
  for (let i = 0; i < 5 && cur; i++) {
    const c = cur as { code?: unknown; name?: unknown; cause?: unknown };
    if (c.code === 4001 || c.name === "UserRejectedError") return true;
    cur = c.cause;
  }
  return false;
}

export function describeWriteError(e: unknown): TxError {
  if (isRejection(e)) {
    return { kind: "rejected", title: "Rejected", detail: "The wallet declined to sign." };
  }
  if (e instanceof BaseError) {
    const revert = e.walk((x) => x instanceof ContractFunctionRevertedError);
    if (revert instanceof ContractFunctionRevertedError) {
      const name = revert.data?.errorName;
      if (name && name !== "Error") {
        const args = (revert.data?.args ?? []).map(formatArg);
        return {
          kind: "revert",
          title: name,
          detail: `${name}(${args.join(", ")})`,
          errorName: name,
          args,
        };
      }
      const reason = revert.reason ?? revert.shortMessage;
      return { kind: "revert", title: "Reverted", detail: reason };
    }
    return { kind: "other", title: "Failed", detail: e.shortMessage };
  }
  return { kind: "other", title: "Failed", detail: e instanceof Error ? e.message : String(e) };
}
