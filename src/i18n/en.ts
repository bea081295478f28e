import { consoleEn } from "./console.en.ts";
import { coreEn } from "./core.en.ts";
import { explorerEn } from "./explorer.en.ts";
import { identityEn } from "./identity.en.ts";
import { monitorEn } from "./monitor.en.ts";

/**
 * English, the reference language: every other language must have exactly these keys
 * (enforced by the `Messages` type in messages.ts and by i18n-parity.test.ts). One module per
 * feature, so features grow their strings without touching each other; the app loads each
 * feature's strings with its screens (src/app/i18n/language-bundles.ts), so this whole object is
 * for types and tests.
 */
export const en = {
  ...coreEn,
  monitor: monitorEn,
  explorer: explorerEn,
  identity: identityEn,
  console: consoleEn,
};
