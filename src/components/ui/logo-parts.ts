/**
 * The product's mark: drawn by LogoMark (icons.tsx) in React, and by the few lines index.html
 * runs on /id/… before any code loads (features/identity/resolve/shell.ts). Plain data.
 */
export const LOGO_PATHS = ["M12 2l8.7 5v10L12 22l-8.7-5V7z", "M12 8l3.5 2v4L12 16l-3.5-2v-4z"];
export const LOGO_CLASS = "size-6 shrink-0 text-sky-600 dark:text-sky-400";
