/**
 * The app frame's classes, shared by its React components and by the few lines index.html runs
 * on explorer pages before any code has loaded (features/explorer/shell.ts): the frame and the
 * page's heading paint at once from the HTML, and React later draws the same over them in the
 * same place. Plain data: vite.config.ts reads it in Node.
 */
export const FRAME_CLASSES = {
  page: "flex min-h-dvh flex-col",
  header: "border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900",
  headerRow: "mx-auto flex h-14 max-w-6xl items-center gap-4 px-4",
  brand: "flex min-w-0 items-center gap-2 rounded-md font-semibold text-slate-900 dark:text-white",
  brandName: "truncate",
  strip: "border-t border-slate-200 bg-slate-50 dark:border-slate-800 dark:bg-slate-950/40",
  stripRow: "mx-auto max-w-6xl px-4 py-2",
  /** The chain pills' row is one pill high while they load (text-xs with padding: 22 px). */
  stripPlaceholder: "h-[22px]",
  main: "mx-auto min-h-dvh w-full max-w-6xl flex-1 px-4 py-8 outline-none",
} as const;

/** The explorer's frame (explorer-layout.tsx) and its pages' headings. */
export const EXPLORER_CLASSES = {
  grid: "grid gap-6",
  top: "flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between",
  /** Stand-ins while the code loads: the chain tabs' row and the search box, at their heights. */
  tabsPlaceholder: "h-8",
  searchPlaceholder: "h-[38px] w-full min-w-0 sm:max-w-xl",
  /** An area's heading (PageHeader, the explorer's home). */
  areaHeader: "mb-6",
  areaTitle: "text-2xl font-semibold tracking-tight text-slate-900 sm:text-3xl dark:text-white",
  /** A page's heading (PageIntro: block, transaction; the address page). */
  pageTitle: "text-2xl font-semibold text-slate-900 dark:text-white",
  purpose: "mt-2 max-w-prose text-slate-600 dark:text-slate-300",
  addressLine: "mt-1 flex items-start gap-1",
  addressValue: "font-mono text-sm break-all",
  /** Where the copy button goes (CopyButton is `size-6 shrink-0`): the address wraps as it will. */
  copyPlaceholder: "size-6 shrink-0",
} as const;
