/**
 * What the app page last showed of an app (its registry record and its tenant's quota), kept in
 * localStorage so that after a reload the usage from IndexedDB is shown at once, before the
 * first head and registry read arrive; the live record replaces it as soon as it does.
 */
export type AppSnapshot = {
  id: bigint;
  name: string;
  kind: string;
  status: number;
  tenantId: bigint;
  tenantName: string;
  quota: number;
  contracts: readonly string[];
};

const key = (chainId: number, appId: bigint) => `bsn-console.app.${chainId}.${appId}`;

export function readAppSnapshot(
  storage: Storage | undefined,
  chainId: number,
  appId: bigint,
): AppSnapshot | undefined {
  try {
    const raw = storage?.getItem(key(chainId, appId));
    if (!raw) return undefined;
    const v = JSON.parse(raw) as Record<string, unknown>;
    const strings = (x: unknown) => Array.isArray(x) && x.every((s) => typeof s === "string");
    if (
      typeof v.name !== "string" ||
      typeof v.kind !== "string" ||
      typeof v.status !== "number" ||
      typeof v.tenantId !== "string" ||
      !/^\d+$/.test(v.tenantId) ||
      typeof v.tenantName !== "string" ||
      typeof v.quota !== "number" ||
      !strings(v.contracts)
    ) {
      return undefined;
    }
    return {
      id: appId,
      name: v.name,
      kind: v.kind,
      status: v.status,
      tenantId: BigInt(v.tenantId),
      tenantName: v.tenantName,
      quota: v.quota,
      contracts: v.contracts as string[],
    };
  } catch {
    return undefined;
  }
}

export function writeAppSnapshot(storage: Storage | undefined, chainId: number, s: AppSnapshot) {
  try {
    storage?.setItem(
      key(chainId, s.id),
      JSON.stringify({ ...s, id: s.id.toString(), tenantId: s.tenantId.toString() }),
    );
  } catch {
    // Full or disabled storage: the page just waits for the registry after a reload.
  }
}
