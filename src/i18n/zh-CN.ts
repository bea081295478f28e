import { consoleZhCN } from "./console.zh-CN.ts";
import { coreZhCN } from "./core.zh-CN.ts";
import { explorerZhCN } from "./explorer.zh-CN.ts";
import { identityZhCN } from "./identity.zh-CN.ts";
import type { Messages } from "./messages.ts";
import { monitorZhCN } from "./monitor.zh-CN.ts";

/**
 * Simplified Chinese, put together as en.ts is (for types and tests; the app loads each part
 * with its screens). Plural keys follow en's even where Chinese needs only `_other`.
 */
export const zhCN: Messages = {
  ...coreZhCN,
  monitor: monitorZhCN,
  explorer: explorerZhCN,
  identity: identityZhCN,
  console: consoleZhCN,
};
