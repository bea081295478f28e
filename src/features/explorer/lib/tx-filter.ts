/** The list views' filters: method name, outcome, sender (any case, full or leading part). */
export type TxFilter = { method: string; status: "" | "success" | "failed"; sender: string };

export const NO_FILTER: TxFilter = { method: "", status: "", sender: "" };

export function matchesFilter(
  row: { method: string; status: "success" | "failed"; from: string },
  f: TxFilter,
): boolean {
  if (f.method && row.method !== f.method) return false;
  if (f.status && row.status !== f.status) return false;
  const sender = f.sender.trim().toLowerCase();
  if (sender && !row.from.toLowerCase().startsWith(sender)) return false;
  return true;
}
