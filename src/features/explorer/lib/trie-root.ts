import { bytesToHex, type Hex, hexToBytes, keccak256, toRlp } from "viem";

/**
 * Root of a Merkle-Patricia trie whose keys are rlp(index) and values the given encodings: the
 * "ordered trie" that commits a block's transactions and receipts (Yellow Paper, appendix D).
 * Written here rather than pulled from @ethereumjs/mpt: the ordered case is one recursive
 * function over viem's RLP and keccak, which the app already ships, and the tests check it
 * against real blocks.
 */
export function orderedTrieRoot(values: readonly Hex[]): Hex {
  const entries = values.map((value, i) => ({ key: nibbles(toRlp(indexBytes(i))), value }));
  return keccak256(toRlp(node(entries, 0)));
}

/** keccak256(rlp("")): the root of a trie with nothing in it. */
export const EMPTY_TRIE_ROOT: Hex =
  "0x56e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b421";

type Entry = { key: number[]; value: Hex };
type RlpItem = Hex | RlpItem[];

function indexBytes(i: number): Hex {
  // rlp(0) is the empty string; other integers are minimal big-endian.
  return i === 0
    ? "0x"
    : (`0x${i.toString(16).padStart(2 * Math.ceil(i.toString(16).length / 2), "0")}` as Hex);
}

function nibbles(hex: Hex): number[] {
  const out: number[] = [];
  for (const b of hexToBytes(hex)) out.push(b >> 4, b & 15);
  return out;
}

/** Hex-prefix encoding of a nibble path, flagged as a leaf or an extension. */
function hexPrefix(path: readonly number[], leaf: boolean): Hex {
  const odd = path.length % 2 === 1;
  const flagged = [(leaf ? 2 : 0) + (odd ? 1 : 0), ...(odd ? [] : [0]), ...path];
  const bytes = new Uint8Array(flagged.length / 2);
  for (let i = 0; i < bytes.length; i++)
    bytes[i] = ((flagged[2 * i] ?? 0) << 4) | (flagged[2 * i + 1] ?? 0);
  return bytesToHex(bytes);
}

function node(entries: readonly Entry[], depth: number): RlpItem {
  if (entries.length === 0) return "0x";
  const [first] = entries;
  if (entries.length === 1 && first) return [hexPrefix(first.key.slice(depth), true), first.value];
  const shared = sharedPrefix(entries, depth);
  if (shared > 0 && first) {
    const path = first.key.slice(depth, depth + shared);
    return [hexPrefix(path, false), ref(node(entries, depth + shared))];
  }
  const branch: RlpItem[] = Array.from({ length: 16 }, () => "0x" as Hex);
  let value: Hex = "0x";
  for (let n = 0; n < 16; n++) {
    const group = entries.filter((e) => e.key.length > depth && e.key[depth] === n);
    if (group.length > 0) branch[n] = ref(node(group, depth + 1));
  }
  for (const e of entries) if (e.key.length === depth) value = e.value;
  return [...branch, value];
}

function sharedPrefix(entries: readonly Entry[], depth: number): number {
  const [first, ...rest] = entries;
  if (!first) return 0;
  let n = 0;
  for (;;) {
    const nibble = first.key[depth + n];
    if (nibble === undefined) return n;
    if (rest.some((e) => e.key[depth + n] !== nibble)) return n;
    n++;
  }
}

/** A child node is embedded when its encoding is shorter than 32 bytes, else referenced by hash. */
function ref(child: RlpItem): RlpItem {
  const encoded = toRlp(child as Hex[]);
  return (encoded.length - 2) / 2 < 32 ? child : keccak256(encoded);
}
