import { describe, expect, test } from "vitest";
import { hashQueryKey } from "./hash-query-key.ts";

describe("hashQueryKey", () => {
  test("args: bigint", () => {
    expect(hashQueryKey(["block", 7701, 123n])).toBe('["block",7701,{"$bigint":"123"}]');
  });

  test("args: nested bigint beyond 2^53", () => {
    expect(hashQueryKey(["balance", { chainId: 1, wei: 2n ** 64n }])).toBe(
      '["balance",{"chainId":1,"wei":{"$bigint":"18446744073709551616"}}]',
    );
  });

  test("behavior: object key order does not matter", () => {
    expect(hashQueryKey(["tx", { b: 2, a: 1 }])).toBe(hashQueryKey(["tx", { a: 1, b: 2 }]));
    expect(hashQueryKey(["tx", { b: 2, a: 1 }])).toBe('["tx",{"a":1,"b":2}]');
  });

  test("behavior: a bigint and a string of the same digits differ", () => {
    expect(hashQueryKey(["block", 1n])).not.toBe(hashQueryKey(["block", "1"]));
  });

  test("behavior: undefined fields are dropped, like the default hash", () => {
    expect(hashQueryKey(["head", { chainId: 7701, at: undefined }])).toBe(
      '["head",{"chainId":7701}]',
    );
  });
});
