import { encodeAbiParameters, encodeEventTopics, type Hex, toEventSelector } from "viem";
import { describe, expect, it } from "vitest";
import { identifierRegistryAbi } from "../../../lib/contracts/generated/identifier-registry.ts";
import { REGISTRY_EVENTS, readRegistryEvent } from "./registry-events.ts";

const KEY = `0x${"ab".repeat(32)}` as Hex;
const BY = `0x${"cd".repeat(20)}` as Hex;

describe("registry events", () => {
  it.each([
    ["issued", "IdentifierIssued"],
    ["revoked", "IdentifierRevoked"],
    ["metadata", "MetadataUpdated"],
  ] as const)("behavior: the %s topic is the ABI's %s", (kind, name) => {
    const event = identifierRegistryAbi.find((i) => i.type === "event" && i.name === name);
    if (event?.type !== "event") throw new Error(`no ${name} in the ABI`);
    expect(REGISTRY_EVENTS[kind]).toBe(toEventSelector(event));
  });

  it("behavior: reads logs encoded from the ABI", () => {
    const revoked = {
      topics: encodeEventTopics({
        abi: identifierRegistryAbi,
        eventName: "IdentifierRevoked",
        args: { key: KEY, tenantId: 3n },
      }) as Hex[],
      data: encodeAbiParameters([{ type: "string" }, { type: "address" }], ["recalled", BY]),
    };
    expect(readRegistryEvent(revoked)).toEqual({ kind: "revoked", key: KEY, reason: "recalled" });
    const metadata = {
      topics: encodeEventTopics({
        abi: identifierRegistryAbi,
        eventName: "MetadataUpdated",
        args: { key: KEY },
      }) as Hex[],
      data: encodeAbiParameters([{ type: "string" }], ["https://example.org/7"]),
    };
    expect(readRegistryEvent(metadata)).toEqual({
      kind: "metadata",
      key: KEY,
      metadataURI: "https://example.org/7",
    });
  });

  it("error: foreign, truncated or mis-shaped logs are not events", () => {
    expect(readRegistryEvent({ topics: [], data: "0x" })).toBeUndefined();
    expect(
      readRegistryEvent({ topics: [`0x${"00".repeat(32)}`, KEY], data: "0x" }),
    ).toBeUndefined();
    expect(
      readRegistryEvent({ topics: [REGISTRY_EVENTS.revoked, KEY, KEY], data: "0x12" }),
    ).toBeUndefined();
    expect(
      readRegistryEvent({ topics: [REGISTRY_EVENTS.metadata, KEY], data: "0x" }),
    ).toBeUndefined();
  });
});
