import * as v from "valibot";

/**
 * valibot for the app's schemas: every check is a function of its own, so a bundle carries only
 * the ones its schemas use, and its English messages come built in. Import it from here
 * (`import * as v from ".../validation/valibot.ts"`): a few schemas are replaced so that JSON is
 * checked as the app's schemas always checked it, and `int` is added.
 *
 * - `object`, `looseObject` and `record` refuse arrays. valibot's own take anything whose typeof
 *   is "object", so `[]` would pass as `looseObject({})` or as an empty record.
 * - `object` and `looseObject` check a missing required field with the field's own schema, as
 *   undefined: the issue says what the field should be ("Expected string but received
 *   undefined"), where valibot's own says only that the key is missing. The config error page
 *   (config-issues.ts) needs the former.
 * - `number` refuses Infinity (JSON.parse("1e999") gives it), and `int` is a number that is a safe
 *   integer (up to 2^53 - 1 either way).
 *
 * These return pipes, not object schemas: `v.partial` or `v.pick` do not take them.
 */
export * from "valibot";

const isJsonObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** A JSON object that is not an array; "Expected Object but received Array" when it is not. */
function jsonObjectType<T>() {
  return { ...v.custom<T>(isJsonObject), expects: "Object" };
}

const OPTIONAL_TYPES = new Set(["optional", "exact_optional", "nullish"]);

/** Sets each missing required key to undefined, so that its schema reports it. */
function fillRequired<T extends object>(entries: v.ObjectEntries) {
  const required = Object.keys(entries).filter((k) => !OPTIONAL_TYPES.has(entries[k]?.type ?? ""));
  return (input: T): T =>
    required.every((k) => k in input)
      ? input
      : ({ ...Object.fromEntries(required.map((k) => [k, undefined])), ...input } as T);
}

export function object<const E extends v.ObjectEntries>(entries: E) {
  type In = v.InferInput<v.ObjectSchema<E, undefined>>;
  return v.pipe(jsonObjectType<In>(), v.transform(fillRequired<In>(entries)), v.object(entries));
}

export function looseObject<const E extends v.ObjectEntries>(entries: E) {
  type In = v.InferInput<v.LooseObjectSchema<E, undefined>>;
  return v.pipe(
    jsonObjectType<In>(),
    v.transform(fillRequired<In>(entries)),
    v.looseObject(entries),
  );
}

export function record<
  const K extends v.BaseSchema<string, string | number | symbol, v.BaseIssue<unknown>>,
  const V extends v.GenericSchema,
>(key: K, value: V) {
  return v.pipe(
    jsonObjectType<v.InferInput<v.RecordSchema<K, V, undefined>>>(),
    v.record(key, value),
  );
}

export function number() {
  return v.pipe(v.number(), v.finite());
}

export function int() {
  return v.pipe(number(), v.safeInteger());
}
