import type { explorerEn } from "./explorer.en.ts";
import type { Translation } from "./messages.ts";

export const explorerZhCN: Translation<typeof explorerEn> = {
  title: "浏览器",
};
