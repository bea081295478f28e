import {
  type Abi,
  type AbiEvent,
  type AbiFunction,
  toEventSelector,
  toFunctionSelector,
} from "viem";
import { certificateNotaryAbi } from "../../../lib/contracts/generated/certificate-notary.ts";
import { identifierRegistryAbi } from "../../../lib/contracts/generated/identifier-registry.ts";
import { multicall3Abi } from "../../../lib/contracts/generated/multicall3.ts";
import { nodeRegistryAbi } from "../../../lib/contracts/generated/node-registry.ts";
import { pointsLedgerAbi } from "../../../lib/contracts/generated/points-ledger.ts";
import { tenantRegistryAbi } from "../../../lib/contracts/generated/tenant-registry.ts";
import { traceLogAbi } from "../../../lib/contracts/generated/trace-log.ts";
import { SELECTOR_LIST } from "./selector-list.ts";

/** Where a decoding came from: the product's own contracts, or the bundled fallback list. */
export type AbiSource =
  | "nodeRegistry"
  | "tenantRegistry"
  | "identifierRegistry"
  | "trace-log"
  | "points-ledger"
  | "certificate-notary"
  | "multicall3"
  | "selectorList";

export const PRODUCT_ABIS: Record<Exclude<AbiSource, "selectorList">, Abi> = {
  nodeRegistry: nodeRegistryAbi,
  tenantRegistry: tenantRegistryAbi,
  identifierRegistry: identifierRegistryAbi,
  "trace-log": traceLogAbi,
  "points-ledger": pointsLedgerAbi,
  "certificate-notary": certificateNotaryAbi,
  multicall3: multicall3Abi,
};

export type AbiIndex = {
  functions: Map<string, { item: AbiFunction; source: AbiSource }[]>;
  events: Map<string, { item: AbiEvent; source: AbiSource }[]>;
};

/** Selector → candidate items, product ABIs first so they win over the fallback list. */
export function buildAbiIndex(): AbiIndex {
  const index: AbiIndex = { functions: new Map(), events: new Map() };
  const sources = [...Object.entries(PRODUCT_ABIS), ["selectorList", SELECTOR_LIST]] as [
    AbiSource,
    Abi,
  ][];
  for (const [source, abi] of sources) {
    for (const item of abi) {
      if (item.type === "function") {
        const key = toFunctionSelector(item);
        index.functions.set(key, [...(index.functions.get(key) ?? []), { item, source }]);
      } else if (item.type === "event") {
        const key = toEventSelector(item);
        index.events.set(key, [...(index.events.get(key) ?? []), { item, source }]);
      }
    }
  }
  return index;
}

/** Every custom error of the product's contracts, for revert reasons. */
export const PRODUCT_ERRORS: Abi = Object.values(PRODUCT_ABIS)
  .flat()
  .filter((i) => i.type === "error");
