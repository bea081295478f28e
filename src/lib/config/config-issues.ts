import type * as v from "../validation/valibot.ts";

/**
 * Turns valibot issues on a network config into language-neutral descriptions: where (a path and,
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
  // valibot's built-in checks.
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
  /** A message this module does not know, shown as valibot gave it. */
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

/** What a schema issue expected, as valibot names it (objects and arrays with a capital). */
const TYPE_IDS: Record<string, ExpectedId> = {
  string: "string",
  number: "number",
  boolean: "boolean",
  Object: "object",
  Array: "array",
};

type Issue = v.BaseIssue<unknown>;

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

function describeExpected(issue: Issue): Expected {
  const known = SCHEMA_MESSAGES[issue.message];
  if (known) return { id: known };
  if (issue.kind === "schema") {
    if (issue.type === "literal") return { id: "oneOf", values: issue.expected ?? "" };
    const id = TYPE_IDS[issue.expected ?? ""];
    return id ? { id } : { id: "text", text: issue.message };
  }
  const limit = String(issue.requirement);
  switch (issue.type) {
    case "safe_integer":
      // A whole number past 2^53 - 1 is out of range rather than not an integer.
      if (!Number.isInteger(issue.input)) return { id: "integer" };
      return (issue.input as number) > 0
        ? { id: "atMost", limit: String(Number.MAX_SAFE_INTEGER) }
        : { id: "atLeast", limit: String(Number.MIN_SAFE_INTEGER) };
    case "finite":
      return { id: "number" };
    case "min_length":
      if (typeof issue.input === "string" && issue.requirement === 1) return { id: "nonEmptyText" };
      break;
    case "gt_value":
      if (issue.requirement === 0) return { id: "positiveNumber" };
      break;
    case "min_value":
      return { id: "atLeast", limit };
    case "max_value":
      return { id: "atMost", limit };
  }
  return { id: "text", text: issue.message };
}

/** Wrong types and values say what was found; a value out of range or of a wrong form does not. */
function showsReceived(issue: Issue): boolean {
  if (issue.type === "safe_integer") return !Number.isInteger(issue.input);
  return issue.kind === "schema" || issue.type === "finite";
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

/** One issue per path (the first: a pipe of checks can find more than one). */
export function toConfigIssues(issues: readonly Issue[], input: unknown): ConfigIssue[] {
  const seen = new Set<string>();
  const out: ConfigIssue[] = [];
  for (const issue of issues) {
    const keys = (issue.path ?? []).map((item) => item.key as PropertyKey);
    const path = formatIssuePath(keys);
    if (seen.has(path)) continue;
    seen.add(path);
    out.push({
      path,
      chain: chainOf(input, keys),
      expected: describeExpected(issue),
      received: showsReceived(issue) ? describeReceived(valueAt(input, keys)) : undefined,
    });
  }
  return out;
}
