/**
 * The range of a transaction list view, as the URL carries it: blocks (?from=&to=, either may be
 * left out) or a time span (?since=&until=, Unix seconds, both needed). Anything else in those
 * parameters is reported, never thrown: a hand-edited link must not take the page down.
 */
export type RangeRequest =
  | { kind: "blocks"; from: bigint | undefined; to: bigint | undefined }
  | { kind: "time"; since: number; until: number }
  | {
      kind: "invalid";
      problem: "blockNotNumber" | "timeNotNumber" | "timeIncomplete" | "timeReversed";
    };

const BLOCK = /^\d{1,20}$/;
const SECONDS = /^\d{1,12}$/;

export function readRangeParams(params: URLSearchParams): RangeRequest {
  const since = params.get("since");
  const until = params.get("until");
  if (since !== null || until !== null) {
    if (!since || !until) return { kind: "invalid", problem: "timeIncomplete" };
    if (!SECONDS.test(since) || !SECONDS.test(until))
      return { kind: "invalid", problem: "timeNotNumber" };
    const s = Number(since);
    const u = Number(until);
    if (s > u) return { kind: "invalid", problem: "timeReversed" };
    return { kind: "time", since: s, until: u };
  }
  const from = params.get("from")?.trim() || undefined;
  const to = params.get("to")?.trim() || undefined;
  if ((from !== undefined && !BLOCK.test(from)) || (to !== undefined && !BLOCK.test(to)))
    return { kind: "invalid", problem: "blockNotNumber" };
  return {
    kind: "blocks",
    from: from === undefined ? undefined : BigInt(from),
    to: to === undefined ? undefined : BigInt(to),
  };
}

/**
 * The first block at or below `head` whose timestamp is at or after `time` (Unix seconds), or
 * head + 1 when there is none. Block timestamps never decrease, so a binary search asks for about
 * log2(head) headers.
 */
export async function firstBlockAtOrAfter(
  time: bigint,
  head: bigint,
  timestampOf: (block: bigint) => Promise<bigint>,
): Promise<bigint> {
  let lo = 0n;
  let hi = head + 1n;
  while (lo < hi) {
    const mid = (lo + hi) / 2n;
    if ((await timestampOf(mid)) >= time) hi = mid;
    else lo = mid + 1n;
  }
  return lo;
}

/** The blocks mined in [since, until] (seconds, inclusive); `undefined` when there are none. */
export async function blocksInTimeSpan(
  since: number,
  until: number,
  head: bigint,
  timestampOf: (block: bigint) => Promise<bigint>,
): Promise<{ from: bigint; to: bigint } | undefined> {
  const from = await firstBlockAtOrAfter(BigInt(since), head, timestampOf);
  const to = (await firstBlockAtOrAfter(BigInt(until) + 1n, head, timestampOf)) - 1n;
  return from <= to ? { from, to } : undefined;
}
