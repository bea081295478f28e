import {
  type Abi,
  type AbiEvent,
  type AbiFunction,
  parseAbi,
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

/**
 * Well-known signatures for contracts the product did not deploy (tokens, ownership, proxies):
 * a fallback that names the call when no ABI of ours matches. Kept small on purpose.
 */
export const SELECTOR_LIST: Abi = parseAbi([
  "function transfer(address to, uint256 amount) returns (bool)",
  "function transferFrom(address from, address to, uint256 amount) returns (bool)",
  "function approve(address spender, uint256 amount) returns (bool)",
  "function safeTransferFrom(address from, address to, uint256 tokenId)",
  "function setApprovalForAll(address operator, bool approved)",
  "function transferOwnership(address newOwner)",
  "function renounceOwnership()",
  "function upgradeToAndCall(address newImplementation, bytes data)",
  "function grantRole(bytes32 role, address account)",
  "function revokeRole(bytes32 role, address account)",
  "function deposit()",
  "function withdraw(uint256 amount)",
  "event Transfer(address indexed from, address indexed to, uint256 value)",
  "event Approval(address indexed owner, address indexed spender, uint256 value)",
  "event ApprovalForAll(address indexed owner, address indexed operator, bool approved)",
  "event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)",
  "event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)",
  "event Upgraded(address indexed implementation)",
]);

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
