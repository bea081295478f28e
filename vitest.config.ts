import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Unit tests beside the code; contract and devnet tests start real anvil nodes.
    include: [
      "src/**/*.test.{ts,tsx}",
      "contracts/**/*.test.ts",
      "devnet/**/*.test.ts",
      "scripts/**/*.test.ts",
    ],
    environment: "node",
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
