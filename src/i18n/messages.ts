import type { en } from "./en.ts";

/**
 * The shape of a translation: the keys of `en`, all strings. Assigning an object literal to it
 * rejects a missing key and an extra key alike, so every language has exactly the keys of `en`.
 */
export type Translation<T> = {
  readonly [K in keyof T]: T[K] extends string ? string : Translation<T[K]>;
};

export type Messages = Translation<typeof en>;
