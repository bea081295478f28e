import { describe, expect, it } from "vitest";
import { httpUrl } from "../config/network-config.ts";
import * as v from "./valibot.ts";

const issueOf = (schema: v.GenericSchema, input: unknown) => {
  const r = v.safeParse(schema, input);
  return r.success
    ? undefined
    : {
        path: v.getDotPath(r.issues[0]),
        expected: r.issues[0].expected,
        message: r.issues[0].message,
      };
};

describe("valibot as the app checks JSON", () => {
  it("error: an array is not an object, a loose object or a record", () => {
    expect(issueOf(v.looseObject({}), [])).toEqual({
      path: null,
      expected: "Object",
      message: "Invalid type: Expected Object but received Array",
    });
    expect(v.safeParse(v.object({ a: v.optional(v.string()) }), []).success).toBe(false);
    expect(v.safeParse(v.record(v.string(), v.number()), [1]).success).toBe(false);
    expect(v.safeParse(v.looseObject({}), { a: 1 }).output).toEqual({ a: 1 });
  });

  it("error: a missing field is reported as its own type, at its own path", () => {
    const schema = v.object({ a: v.object({ b: v.string(), c: v.optional(v.number(), 1) }) });
    expect(issueOf(schema, { a: {} })).toEqual({
      path: "a.b",
      expected: "string",
      message: "Invalid type: Expected string but received undefined",
    });
    expect(v.parse(schema, { a: { b: "x" } })).toEqual({ a: { b: "x", c: 1 } });
  });

  it("error: numbers are finite, ints safe integers", () => {
    expect(v.safeParse(v.number(), Number.POSITIVE_INFINITY).success).toBe(false);
    expect(v.safeParse(v.int(), 1.5).success).toBe(false);
    expect(v.safeParse(v.int(), 2 ** 53).success).toBe(false);
    expect(v.safeParse(v.int(), 2 ** 53 - 1).success).toBe(true);
  });

  it("behavior: an http(s) URL is trimmed, tabs and newlines dropped", () => {
    expect(v.parse(httpUrl, " https://a.example/\tx\n ")).toBe("https://a.example/x");
    expect(issueOf(httpUrl, "ftp://a.example")?.message).toBe("an http: or https: URL");
    expect(issueOf(httpUrl, 7)?.message).toBe("an absolute URL");
  });
});
