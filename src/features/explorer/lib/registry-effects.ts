import type { DecodedLog } from "./decode.ts";

/**
 * What a registry transaction changed, from its events, as message keys and values for the
 * screen to word ("issued identifier 156.0021.100003/PKG-…"). Events of other contracts say
 * nothing here: their decoded form is shown as is.
 */
export type RegistryEffect = { key: EffectKey; values: Record<string, string> };

export type EffectKey =
  | "identifierIssued"
  | "identifierRevoked"
  | "metadataUpdated"
  | "tenantApplied"
  | "tenantApproved"
  | "tenantSuspended"
  | "tenantReinstated"
  | "quotaChanged"
  | "signerAdded"
  | "signerRemoved"
  | "appRegistered"
  | "appContractAdded"
  | "appContractRemoved"
  | "appUpdated"
  | "appStatusChanged"
  | "nodeRegistered"
  | "nodeUpdated"
  | "nodeStatusChanged"
  | "nodeOperatorChanged";

const APP_STATUS = ["none", "active", "paused", "retired"];
const NODE_STATUS = ["none", "active", "maintenance", "retired"];

const EVENTS: Record<string, EffectKey> = {
  IdentifierIssued: "identifierIssued",
  IdentifierRevoked: "identifierRevoked",
  MetadataUpdated: "metadataUpdated",
  TenantApplied: "tenantApplied",
  TenantApproved: "tenantApproved",
  TenantSuspended: "tenantSuspended",
  TenantReinstated: "tenantReinstated",
  QuotaChanged: "quotaChanged",
  SignerAdded: "signerAdded",
  SignerRemoved: "signerRemoved",
  AppRegistered: "appRegistered",
  AppContractAdded: "appContractAdded",
  AppContractRemoved: "appContractRemoved",
  AppUpdated: "appUpdated",
  AppStatusChanged: "appStatusChanged",
  NodeRegistered: "nodeRegistered",
  NodeUpdated: "nodeUpdated",
  NodeStatusChanged: "nodeStatusChanged",
  NodeOperatorChanged: "nodeOperatorChanged",
};

const REGISTRIES = new Set(["nodeRegistry", "tenantRegistry", "identifierRegistry"]);

export function registryEffects(logs: readonly DecodedLog[]): RegistryEffect[] {
  const out: RegistryEffect[] = [];
  for (const log of logs) {
    const key = EVENTS[log.name];
    if (!key || !REGISTRIES.has(log.source)) continue;
    const values: Record<string, string> = {};
    for (const a of log.args) values[a.name] = a.value;
    if (key === "appStatusChanged" || key === "nodeStatusChanged") {
      const names = key === "appStatusChanged" ? APP_STATUS : NODE_STATUS;
      values.from = names[Number(values.from)] ?? values.from ?? "";
      values.to = names[Number(values.to)] ?? values.to ?? "";
    }
    out.push({ key, values });
  }
  return out;
}
