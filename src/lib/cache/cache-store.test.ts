import { IDBFactory } from "fake-indexeddb";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { indexedDbStore } from "./cache-store.ts";

const until = async (ok: () => boolean) => {
  for (let i = 0; i < 100 && !ok(); i++) await new Promise((r) => setTimeout(r, 5));
};

describe("indexedDbStore", () => {
  const real = globalThis.indexedDB;
  beforeEach(() => {
    globalThis.indexedDB = new IDBFactory();
  });
  afterEach(() => {
    globalThis.indexedDB = real;
  });

  it("behavior: a database this page created may hold nothing older; one from an earlier page may", async () => {
    const first = indexedDbStore("db", "s");
    // While it opens, nobody knows: readers that must not wait skip it.
    expect(first.mayHoldOlder()).toBe(false);
    await first.set("k", 1);
    expect(first.mayHoldOlder()).toBe(false);
    expect(await first.get("k")).toBe(1);

    const reload = indexedDbStore("db", "s");
    await until(() => reload.mayHoldOlder());
    expect(reload.mayHoldOlder()).toBe(true);
    expect(await reload.get("k")).toBe(1);
    expect(await reload.entries()).toEqual([["k", 1]]);
  });
});
