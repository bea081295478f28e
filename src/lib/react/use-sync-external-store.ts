/**
 * Stands in for the `use-sync-external-store` shim (vite.config.ts, `resolve.alias`): wouter
 * imports the shim for React before 18; React 19 has the hook, so the shim's fallback need not
 * ship (0.5 KB gzip on every page).
 */
export { useSyncExternalStore } from "react";
