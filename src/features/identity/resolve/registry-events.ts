import { decodeAbiParameters, type Hex } from "viem";

/**
 * The IdentifierRegistry events the resolve route reads, by their first topic, decoded with
 * the ABI coder it already carries (viem's event decoder would add ~1 KB to its 100 KB).
 * registry-events.test.ts checks every topic and shape against the generated ABI.
 */
export const REGISTRY_EVENTS = {
  issued: "0x93ebf5ca43ac17845884fd2812c8a313e0aa206479cde232e70a1138afeb21b2",
  revoked: "0x1623091d8ff5ddcc9c49b81301d253208229f5d7b21aacac176115827bdb0a6c",
  metadata: "0xe36c73fd13989812054eaa73a813bdd65752bda9044a9bdac079e4143c6ab7bd",
} as const;

export type RegistryEvent =
  | { kind: "issued"; key: Hex }
  | { kind: "revoked"; key: Hex; reason: string }
  | { kind: "metadata"; key: Hex; metadataURI: string };

/** One log of the registry as an event, or undefined for a log that is not one of these. */
export function readRegistryEvent(log: {
  topics: readonly Hex[];
  data: Hex;
}): RegistryEvent | undefined {
  const [topic, key] = log.topics;
  if (!key) return undefined;
  try {
    switch (topic) {
      case REGISTRY_EVENTS.issued:
        return log.topics.length === 4 ? { kind: "issued", key } : undefined;
      case REGISTRY_EVENTS.revoked: {
        if (log.topics.length !== 3) return undefined;
        const [reason] = decodeAbiParameters([{ type: "string" }, { type: "address" }], log.data);
        return { kind: "revoked", key, reason };
      }
      case REGISTRY_EVENTS.metadata: {
        if (log.topics.length !== 2) return undefined;
        const [metadataURI] = decodeAbiParameters([{ type: "string" }], log.data);
        return { kind: "metadata", key, metadataURI };
      }
      default:
        return undefined;
    }
  } catch {
    return undefined;
  }
}
