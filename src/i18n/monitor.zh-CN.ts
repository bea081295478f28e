import type { Translation } from "./messages.ts";
import type { monitorEn } from "./monitor.en.ts";

export const monitorZhCN: Translation<typeof monitorEn> = {
  title: "监控",
};
