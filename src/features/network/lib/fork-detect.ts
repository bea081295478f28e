/** What nodes reported at each height: height → node id → block hash. */
export type HeightReports = Map<bigint, Map<string, string>>;

export type ForkVerdict =
  | { kind: "forked"; height: bigint }
  | { kind: "agrees" }
  | { kind: "unknown" };

/** Records one node's latest header; keeps only the newest `window` heights. */
export function noteReport(
  reports: HeightReports,
  nodeId: string,
  height: bigint,
  hash: string,
  window = 64,
) {
  let at = reports.get(height);
  if (!at) {
    at = new Map();
    reports.set(height, at);
  }
  at.set(nodeId, hash);
  if (reports.size > window) {
    const oldest = [...reports.keys()].sort((a, b) => (a < b ? -1 : 1));
    for (const h of oldest.slice(0, reports.size - window)) reports.delete(h);
  }
}

/** The hash more nodes reported at this height; undefined on a tie or when only one node spoke. */
function majorityHash(at: Map<string, string>): string | undefined {
  const votes = new Map<string, number>();
  for (const hash of at.values()) votes.set(hash, (votes.get(hash) ?? 0) + 1);
  const ranked = [...votes.entries()].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first || at.size < 2) return undefined;
  if (second && second[1] === first[1]) return undefined;
  return first[0];
}

/**
 * Is this node on another branch than most nodes? Decided at the newest height it shares with
 * others: forked (naming the lowest height where it was seen to differ) or agrees. A fork is two
 * nodes reporting different hashes at the same height; the majority is taken as the chain.
 */
export function forkVerdict(reports: HeightReports, nodeId: string): ForkVerdict {
  const heights = [...reports.keys()].sort((a, b) => (a < b ? 1 : -1));
  let newest: "forked" | "agrees" | undefined;
  let lowestDiff: bigint | undefined;
  for (const h of heights) {
    const at = reports.get(h);
    const mine = at?.get(nodeId);
    if (!at || mine === undefined) continue;
    const major = majorityHash(at);
    if (major === undefined) continue;
    const differs = major !== mine;
    newest ??= differs ? "forked" : "agrees";
    if (newest === "agrees") break;
    if (differs) lowestDiff = h;
    else break;
  }
  if (newest === "forked" && lowestDiff !== undefined)
    return { kind: "forked", height: lowestDiff };
  if (newest === "agrees") return { kind: "agrees" };
  return { kind: "unknown" };
}
