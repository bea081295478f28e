/** Tenant statuses as the registry numbers them. */
export const TENANT_STATUS = { none: 0, pending: 1, active: 2, suspended: 3 } as const;

export type Availability = {
  /** Add and remove signers: the owner, while the tenant is not suspended. */
  signers: boolean;
  /** Register and change apps: the owner, while the tenant is active. */
  apps: boolean;
  /** Approve, suspend, resume, set quota: a network admin. */
  admin: boolean;
  /** Why an action the screen could offer is not offered, as i18n keys under console.actions. */
  reasons: ("needWallet" | "needOwner" | "needAdmin" | "needActive")[];
};

/** What the connected account may do on one tenant, mirroring the registry's own checks. */
export function tenantAvailability(
  connected: boolean,
  roles: { networkAdmin: boolean; ownerOf: readonly bigint[] },
  tenant: { id: bigint; status: number },
): Availability {
  if (!connected) return { signers: false, apps: false, admin: false, reasons: ["needWallet"] };
  const owner = roles.ownerOf.includes(tenant.id);
  const reasons: Availability["reasons"] = [];
  if (!owner) reasons.push("needOwner");
  else if (tenant.status !== TENANT_STATUS.active) reasons.push("needActive");
  if (!roles.networkAdmin) reasons.push("needAdmin");
  return {
    signers: owner && tenant.status !== TENANT_STATUS.suspended,
    apps: owner && tenant.status === TENANT_STATUS.active,
    admin: roles.networkAdmin,
    reasons,
  };
}

export type IdentifierAvailability = {
  /** Issue under the tenant's prefix: a signer, while the tenant is active and has a prefix. */
  issue: boolean;
  /** Revoke: a signer or the owner, whatever the tenant's status. */
  revoke: boolean;
  reasons: (
    | "needWallet"
    | "needSigner"
    | "needSignerOrOwner"
    | "needActiveToIssue"
    | "needPrefix"
  )[];
};

/** What the connected account may do with a tenant's identifiers, as the IdentifierRegistry checks. */
export function identifierAvailability(
  connected: boolean,
  roles: { ownerOf: readonly bigint[]; signerOf: readonly bigint[] },
  tenant: { id: bigint; status: number; prefix: string },
): IdentifierAvailability {
  if (!connected) return { issue: false, revoke: false, reasons: ["needWallet"] };
  const signer = roles.signerOf.includes(tenant.id);
  const owner = roles.ownerOf.includes(tenant.id);
  const reasons: IdentifierAvailability["reasons"] = [];
  if (!signer) reasons.push(owner ? "needSigner" : "needSignerOrOwner");
  else if (tenant.status !== TENANT_STATUS.active) reasons.push("needActiveToIssue");
  else if (tenant.prefix === "") reasons.push("needPrefix");
  return {
    issue: signer && tenant.status === TENANT_STATUS.active && tenant.prefix !== "",
    revoke: signer || owner,
    reasons,
  };
}
