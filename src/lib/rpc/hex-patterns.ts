/**
 * The hex shapes every JSON-RPC result is checked against, in one place: the app's valibot schemas
 * (result-schemas.ts) and the resolve route's lean checks (lean-results.ts) use the same ones.
 */
/** At most 256 bits: a longer quantity is an attack or a bug, not a number we should parse. */
export const QUANTITY = /^0x[0-9a-fA-F]{1,64}$/;
export const HEX_DATA = /^0x([0-9a-fA-F]{2})*$/;
export const HASH32 = /^0x[0-9a-fA-F]{64}$/;
export const ADDRESS = /^0x[0-9a-fA-F]{40}$/;
/** Largest hex data accepted (2 MiB of bytes). */
export const MAX_HEX_DATA_CHARS = 2 * 1024 * 1024 + 2;
