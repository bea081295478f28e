/**
 * The resolve route's page frame, shared by its React screen and by the few lines index.html
 * runs for /id/… before any code has loaded (vite.config.ts): the header and the "Checking…"
 * heading paint at once from the HTML, and React later draws the same frame over them in the
 * same place. Plain data: vite.config.ts reads it in Node. Apart from the
 * frame's words (shell.ts), which the screen must not load in every language.
 */
export const SHELL_CLASSES = {
  page: "flex min-h-dvh flex-col",
  header: "border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900",
  headerRow: "mx-auto flex h-14 max-w-3xl items-center gap-3 px-4",
  brand: "flex min-w-0 items-center gap-2 rounded-md font-semibold",
  brandName: "truncate",
  main: "mx-auto w-full max-w-3xl flex-1 px-4 py-6",
  section: "mx-auto max-w-3xl space-y-5",
  title: "text-xl font-semibold",
  status: "flex items-center gap-2",
} as const;
