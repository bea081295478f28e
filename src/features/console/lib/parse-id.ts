/** A registry id from a URL segment: a positive decimal integer, else 0n (no such record). */
export function parseId(segment: string): bigint {
  return /^[1-9]\d{0,30}$/.test(segment) ? BigInt(segment) : 0n;
}
