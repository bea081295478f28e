import { type Abi, toEventSelector, toFunctionSelector } from "viem";
import { describe, expect, it } from "vitest";
import { buildAbiIndex, PRODUCT_ABIS } from "./known-abis.ts";
import { SELECTOR_LIST } from "./selector-list.ts";

/** The index as it was built before the selectors were generated: by hashing every item. */
function hashedIndex() {
  const functions = new Map<string, string[]>();
  const events = new Map<string, string[]>();
  const sources = [...Object.entries(PRODUCT_ABIS), ["selectorList", SELECTOR_LIST]] as [
    string,
    Abi,
  ][];
  for (const [source, abi] of sources)
    for (const item of abi) {
      if (item.type === "function") {
        const key = toFunctionSelector(item);
        functions.set(key, [...(functions.get(key) ?? []), `${source}:${item.name}`]);
      } else if (item.type === "event") {
        const key = toEventSelector(item);
        events.set(key, [...(events.get(key) ?? []), `${source}:${item.name}`]);
      }
    }
  return { functions, events };
}

const names = (map: Map<string, { item: { name: string }; source: string }[]>) =>
  new Map([...map].map(([k, v]) => [k, v.map((c) => `${c.source}:${c.item.name}`)]));

describe("buildAbiIndex", () => {
  it("behavior: the generated selectors index every function where its hash does, in order", () => {
    const index = buildAbiIndex();
    const expected = hashedIndex();
    expect(names(index.functions)).toEqual(expected.functions);
    expect(names(index.events)).toEqual(expected.events);
    // Every product function is there (a generated string one selector short would drop one).
    const productFunctions = Object.values(PRODUCT_ABIS)
      .flat()
      .filter((i) => i.type === "function").length;
    const indexed = [...index.functions.values()]
      .flat()
      .filter((c) => c.source !== "selectorList").length;
    expect(indexed).toBe(productFunctions);
  });

  it("behavior: events are indexed once, on first use", () => {
    const index = buildAbiIndex();
    expect(index.events).toBe(index.events);
  });
});
