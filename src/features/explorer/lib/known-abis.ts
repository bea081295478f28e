import {
  type Abi,
  type AbiEvent,
  type AbiFunction,
  toEventSelector,
  toFunctionSelector,
} from "viem";
import {
  certificateNotaryAbi,
  certificateNotaryFunctionSelectors,
} from "../../../lib/contracts/generated/certificate-notary.ts";
import {
  identifierRegistryAbi,
  identifierRegistryFunctionSelectors,
} from "../../../lib/contracts/generated/identifier-registry.ts";
import {
  multicall3Abi,
  multicall3FunctionSelectors,
} from "../../../lib/contracts/generated/multicall3.ts";
import {
  nodeRegistryAbi,
  nodeRegistryFunctionSelectors,
} from "../../../lib/contracts/generated/node-registry.ts";
import {
  pointsLedgerAbi,
  pointsLedgerFunctionSelectors,
} from "../../../lib/contracts/generated/points-ledger.ts";
import {
  tenantRegistryAbi,
  tenantRegistryFunctionSelectors,
} from "../../../lib/contracts/generated/tenant-registry.ts";
import {
  traceLogAbi,
  traceLogFunctionSelectors,
} from "../../../lib/contracts/generated/trace-log.ts";
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

type ProductSource = Exclude<AbiSource, "selectorList">;

export const PRODUCT_ABIS: Record<ProductSource, Abi> = {
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

/** Each product ABI's function selectors, written by the contracts' build (no hashing here). */
const PRODUCT_SELECTORS: Record<ProductSource, string> = {
  nodeRegistry: nodeRegistryFunctionSelectors,
  tenantRegistry: tenantRegistryFunctionSelectors,
  identifierRegistry: identifierRegistryFunctionSelectors,
  "trace-log": traceLogFunctionSelectors,
  "points-ledger": pointsLedgerFunctionSelectors,
  "certificate-notary": certificateNotaryFunctionSelectors,
  multicall3: multicall3FunctionSelectors,
};

function add<T>(map: Map<string, T[]>, key: string, value: T) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Selector → candidate items, product ABIs first so they win over the fallback list. The
 * product's function selectors come from the contracts' build; a page's first list of calls
 * then names them without ~100 keccak hashes (~20 ms on a phone, in the task that draws it).
 * Events are indexed on first use (transaction pages).
 */
export function buildAbiIndex(): AbiIndex {
  const functions: AbiIndex["functions"] = new Map();
  for (const [source, abi] of Object.entries(PRODUCT_ABIS) as [ProductSource, Abi][]) {
    const selectors = PRODUCT_SELECTORS[source];
    let i = 0;
    for (const item of abi)
      if (item.type === "function")
        add(functions, `0x${selectors.slice(8 * i, 8 * ++i)}`, { item, source });
  }
  for (const item of SELECTOR_LIST)
    if (item.type === "function")
      add(functions, toFunctionSelector(item), { item, source: "selectorList" as const });
  let events: AbiIndex["events"] | undefined;
  return {
    functions,
    get events() {
      if (!events) {
        events = new Map();
        const sources = [...Object.entries(PRODUCT_ABIS), ["selectorList", SELECTOR_LIST]] as [
          AbiSource,
          Abi,
        ][];
        for (const [source, abi] of sources)
          for (const item of abi)
            if (item.type === "event") add(events, toEventSelector(item), { item, source });
      }
      return events;
    },
  };
}

/** Every custom error of the product's contracts, for revert reasons. */
export const PRODUCT_ERRORS: Abi = Object.values(PRODUCT_ABIS)
  .flat()
  .filter((i) => i.type === "error");
