import type { z } from "../validation/zod.ts";

/**
 * Turns zod issues on a network config into language-neutral descriptions: where (a path and,
 * when inside `chains[i]`, which chain), what was expected and, for wrong types and values,
 * what was found. `format-config-error.ts` renders them with a language's phrases.
 */

/** What a field should have been; each id has a phrase in every language. */
export type ExpectedId =
  // The schema's own messages (network-config.ts), recognised by their text.
  | "address"
  | "httpUrl"
  | "absoluteUrl"
  | "nodeCode"
  | "nonEmptyName"
  | "chainKey"
  | "atLeastOneNode"
  | "atLeastOneChain"
  | "countryCode"
  // zod's built-in checks.
  | "string"
  | "number"
  | "integer"
  | "boolean"
  | "object"
  | "array"
  | "nonEmptyText"
  | "positiveNumber"
  | "atLeast"
  | "atMost"
  | "oneOf";

export type Expected =
  | { id: ExpectedId; limit?: string; values?: string }
  /** A message this module does not know, shown as zod gave it. */
  | { id: "text"; text: string };

export type ReceivedWord = "missing" | "null" | "object" | "array";
export type Received = { word: ReceivedWord } | { literal: string };

export interface ConfigIssue {
  /** e.g. `chains[1].nodes[0].url`; empty for the document itself. */
  path: string;
  chain: { index: number; key: string | undefined; name: string | undefined } | undefined;
  expected: Expected;
  received: Received | undefined;
}

const SCHEMA_MESSAGES: Record<string, ExpectedId> = {
  "a 0x-prefixed 20-byte hex address": "address",
  "an http: or https: URL": "httpUrl",
  "an absolute URL": "absoluteUrl",
  "a 4-digit node code": "nodeCode",
  "a non-empty name": "nonEmptyName",
  "lowercase letters, digits and '-'": "chainKey",
  "at least one node": "atLeastOneNode",
  "at least one chain": "atLeastOneChain",
  "a 3-digit ISO 3166 numeric code": "countryCode",
};

const TYPE_IDS: Record<string, ExpectedId> = {
  string: "string",
  number: "number",
  int: "integer",
  boolean: "boolean",
  object: "object",
  array: "array",
};

export function formatIssuePath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else if (typeof key === "string" && /^[A-Za-z_$][\w$]*$/.test(key)) {
      out += out === "" ? key : `.${key}`;
    } else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (typeof value !== "object" || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function describeReceived(value: unknown): Received {
  if (value === undefined) return { word: "missing" };
  if (value === null) return { word: "null" };
  if (Array.isArray(value)) return { word: "array" };
  if (typeof value === "object") return { word: "object" };
  const literal = JSON.stringify(value) ?? String(value);
  return { literal: literal.length > 48 ? `${literal.slice(0, 47)}…` : literal };
}

function describeExpected(issue: z.core.$ZodIssue): Expected {
  const known = SCHEMA_MESSAGES[issue.message];
  if (known) return { id: known };
  switch (issue.code) {
    case "invalid_type": {
      const id = TYPE_IDS[issue.expected];
      return id ? { id } : { id: "text", text: issue.message };
    }
    case "too_small":
      if (issue.origin === "string" && Number(issue.minimum) === 1) return { id: "nonEmptyText" };
      if (issue.origin === "number" && Number(issue.minimum) === 0 && !issue.inclusive) {
        return { id: "positiveNumber" };
      }
      if (issue.origin === "number") return { id: "atLeast", limit: String(issue.minimum) };
      break;
    case "too_big":
      if (issue.origin === "number") return { id: "atMost", limit: String(issue.maximum) };
      break;
    case "invalid_value":
      return { id: "oneOf", values: issue.values.map((v) => JSON.stringify(v)).join(", ") };
  }
  return { id: "text", text: issue.message };
}

function chainOf(input: unknown, path: readonly PropertyKey[]): ConfigIssue["chain"] {
  const index = path[1];
  if (path[0] !== "chains" || typeof index !== "number") return undefined;
  const chain = valueAt(input, ["chains", index]);
  const field = (name: string) => {
    const v = valueAt(chain, [name]);
    return typeof v === "string" && v !== "" ? v : undefined;
  };
  return { index, key: field("key"), name: field("name") };
}

/** One issue per path (the first: a non-URL also fails the http(s) check after it). */
export function toConfigIssues(error: z.core.$ZodError, input: unknown): ConfigIssue[] {
  const seen = new Set<string>();
  const issues: ConfigIssue[] = [];
  for (const issue of error.issues) {
    const path = formatIssuePath(issue.path);
    if (seen.has(path)) continue;
    seen.add(path);
    const showReceived = issue.code === "invalid_type" || issue.code === "invalid_value";
    issues.push({
      path,
      chain: chainOf(input, issue.path),
      expected: describeExpected(issue),
      received: showReceived ? describeReceived(valueAt(input, issue.path)) : undefined,
    });
  }
  return issues;
}
