import { keccak256, toBytes } from "viem";
import { describe, expect, it } from "vitest";
import { batchGas } from "../../src/features/console/lib/issue/batch-plan.ts";
import { withBaseline } from "./baseline.ts";
import { ACME_PREFIX } from "./registries.ts";

const ctx = withBaseline();

/** Rows shaped like a real batch: suffix lengths and metadata URIs of the sizes given. */
function rows(n: number, suffixLength: number, uriLength: number, from = 0) {
  return Array.from({ length: n }, (_, i) => {
    const suffix = `B${String(from + i).padStart(suffixLength - 1, "0")}`;
    return {
      identifier: `${ACME_PREFIX}/${suffix}-X`,
      contentHash: keccak256(toBytes(`doc ${from + i}`)),
      metadataURI: uriLength === 0 ? "" : `https://m.example/${"x".repeat(uriLength - 18)}`,
    };
  });
}

describe("issueBatch gas, measured against the console's chunk model", () => {
  it.each([
    [10, 8, 0],
    [10, 8, 40],
    [50, 16, 80],
    [40, 40, 200],
  ])(
    "behavior: %i rows, suffix %i chars, URI %i chars: the model is an upper bound within 25 %%",
    async (n, suffixLength, uriLength) => {
      const { anvil, r } = ctx();
      const batch = rows(n, suffixLength, uriLength);
      const hash = await r
        .as("signer")
        .ids.write.issueBatch([
          1n,
          1n,
          batch.map((b) => b.identifier),
          batch.map((b) => b.contentHash),
          batch.map((b) => b.metadataURI),
        ]);
      const receipt = await anvil.client.waitForTransactionReceipt({ hash, pollingInterval: 10 });
      expect(receipt.status).toBe("success");
      const model = batchGas(batch);
      console.info(
        `issueBatch ${n}×(${suffixLength},${uriLength}): used ${receipt.gasUsed}, model ${model}`,
      );
      expect(model).toBeGreaterThanOrEqual(receipt.gasUsed);
      expect(model).toBeLessThanOrEqual((receipt.gasUsed * 125n) / 100n);
    },
  );
});
