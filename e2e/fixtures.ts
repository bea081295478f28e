import { test as base, expect } from "@playwright/test";
import { type NetworkConfig, networkConfigSchema } from "../src/lib/config/network-config.ts";
import * as v from "../src/lib/validation/valibot.ts";

/**
 * The devnet and app started by global-setup.ts, read from the environment it leaves behind:
 * BSN_APP_URL (vite preview of the build), BSN_NETWORK (the network.json the devnet wrote).
 */
export const test = base.extend<{ network: NetworkConfig }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures must destructure.
  baseURL: async ({}, use) => {
    const url = process.env.BSN_APP_URL;
    if (!url) throw new Error("BSN_APP_URL is not set: run the suite through playwright.config.ts");
    await use(url);
  },
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures must destructure.
  network: async ({}, use) => {
    const file = process.env.BSN_NETWORK;
    if (!file) throw new Error("BSN_NETWORK is not set");
    const { readFileSync } = await import("node:fs");
    await use(v.parse(networkConfigSchema, JSON.parse(readFileSync(file, "utf8"))));
  },
});

export { expect };
