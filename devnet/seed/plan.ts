import { type Hex, keccak256, stringToBytes } from "viem";
import { mod37_36CheckChar } from "../../src/lib/identifier/iso7064.ts";
import { Prng } from "../prng.ts";
import {
  APP_KINDS,
  APP_NAMES,
  type AppKind,
  ORGANISATIONS,
  type Organisation,
  REVOKE_REASONS,
  ROLE,
  SUSPEND_REASONS,
} from "./organisations.ts";

export type TenantStatus = "pending" | "active" | "suspended";

export type AppPlan = { id: number; kind: AppKind; name: string };

export type IdentifierPlan = {
  identifier: string;
  /** Index into the tenant's apps, or -1 for an identifier bound to no app. */
  app: number;
  contentHash: Hex;
  metadataURI: string;
  revokeReason?: string;
};

export type TenantPlan = {
  /** TenantRegistry id: tenants apply in plan order, so ids are 1, 2, … */
  id: number;
  org: Organisation;
  orgIndex: number;
  owner: number;
  signers: number[];
  status: TenantStatus;
  /** Suspended once and reinstated, so its history shows both events. */
  reinstated: boolean;
  suspendReason?: string;
  prefix?: string;
  dailyQuota: number;
  /** Quota raised after approval (a QuotaChanged event). */
  raisedQuota?: number;
  apps: AppPlan[];
  identifiers: IdentifierPlan[];
};

export type ChainPlan = { tenants: TenantPlan[] };

const QUOTAS = [5_000, 10_000, 20_000, 50_000, 100_000];
const YEAR = 2026;

/**
 * The registry contents of one chain, from the seed alone. Every chain gets at least one pending
 * and one suspended tenant and two active ones, so each tenant state is on screen.
 */
export function planChain(seed: number | string, chainKey: string): ChainPlan {
  const rng = new Prng(seed).fork(`chain:${chainKey}`);
  const orgs = ORGANISATIONS.map((org, orgIndex) => ({ org, orgIndex })).filter(
    (o) => o.org.chain === chainKey,
  );
  const chosen = rng.shuffle(orgs).slice(0, Math.max(4, orgs.length - rng.int(0, 1)));
  const statuses: TenantStatus[] = chosen.map((_, i) =>
    i === 0 ? "pending" : i === 1 ? "suspended" : "active",
  );
  const numbers = new Set<number>();
  let appId = 0;
  const tenants = chosen.map(({ org, orgIndex }, i): TenantPlan => {
    const t = rng.fork(`tenant:${org.slug}`);
    const status = statuses[i] ?? "active";
    let number = t.int(100_000, 999_999);
    while (numbers.has(number)) number = t.int(100_000, 999_999);
    numbers.add(number);
    const signers = [ROLE.signer(orgIndex), ...(t.chance(0.4) ? [ROLE.owner(orgIndex)] : [])];
    const approved = status !== "pending";
    const prefix = approved ? `156.${org.home}.${number}` : undefined;
    const kinds = approved ? t.shuffle(APP_KINDS).slice(0, t.int(1, 3)) : [];
    const apps = kinds.map((kind) => ({ id: ++appId, kind, name: `${t.pick(APP_NAMES[kind])}` }));
    const dailyQuota = t.pick(QUOTAS);
    return {
      id: i + 1,
      org,
      orgIndex,
      owner: ROLE.owner(orgIndex),
      signers,
      status,
      reinstated: status === "active" && i === 2,
      suspendReason:
        status === "suspended" || (status === "active" && i === 2)
          ? t.pick(SUSPEND_REASONS)
          : undefined,
      prefix,
      dailyQuota,
      raisedQuota: approved && t.chance(0.3) ? dailyQuota * 2 : undefined,
      apps,
      identifiers: prefix ? planIdentifiers(t, org, prefix, apps) : [],
    };
  });
  return { tenants };
}

function planIdentifiers(
  rng: Prng,
  org: Organisation,
  prefix: string,
  apps: readonly AppPlan[],
): IdentifierPlan[] {
  const count = rng.int(25, 60);
  const out: IdentifierPlan[] = [];
  let serial = rng.int(100, 900);
  for (let k = 0; k < count; k++) {
    serial += rng.int(1, 7);
    const app = apps.length > 0 && rng.chance(0.85) ? rng.int(0, apps.length - 1) : -1;
    const body = suffixBody(org, apps[app]?.kind, serial, rng);
    const unchecked = `${prefix}/${body}-`;
    const identifier = `${unchecked}${mod37_36CheckChar(unchecked)}`;
    out.push({
      identifier,
      app,
      contentHash: keccak256(stringToBytes(`bsn-devnet:${identifier}`)),
      metadataURI: `https://meta.${org.slug}.example/ids/${body}`,
      revokeReason: rng.chance(0.1) ? rng.pick(REVOKE_REASONS) : undefined,
    });
  }
  return out;
}

function suffixBody(
  org: Organisation,
  kind: AppKind | undefined,
  serial: number,
  rng: Prng,
): string {
  switch (kind) {
    case "trace-log":
      return `${org.code}-${YEAR}-${String(serial).padStart(6, "0")}`;
    case "certificate-notary":
      return `CERT-${YEAR}-${String(serial).padStart(5, "0")}`;
    case "points-ledger":
      // Card numbers look random but stay unique: the serial only grows.
      return `CARD-${String(10_000_000 + ((serial * 7_919 + rng.int(0, 6)) % 89_999_999))}`;
    default:
      return `DOC-${YEAR}-${String(serial).padStart(5, "0")}`;
  }
}
