import { type Address, isAddress } from "viem";

export type NodeFormFields = {
  code: string;
  name: string;
  city: string;
  lat: string;
  lon: string;
  operator: string;
  rpcUrl: string;
};

export type NodeFormValue = {
  code: string;
  name: string;
  city: string;
  latE6: number;
  lonE6: number;
  operator: Address;
  rpcUrl: string;
};

const degrees = (raw: string, limit: number) => {
  const n = Number(raw.trim());
  if (raw.trim() === "" || !Number.isFinite(n) || Math.abs(n) > limit) return undefined;
  return Math.round(n * 1e6);
};

/**
 * The register/update form as contract arguments, or the names of the wrong fields. Checked here
 * so the common mistakes are explained before anything is simulated or signed.
 */
export function parseNodeForm(
  f: NodeFormFields,
): { ok: true; value: NodeFormValue } | { ok: false; invalid: (keyof NodeFormFields)[] } {
  const invalid: (keyof NodeFormFields)[] = [];
  if (!/^\d{4}$/.test(f.code)) invalid.push("code");
  if (f.name.trim() === "" || f.name.length > 80) invalid.push("name");
  if (f.city.trim() === "" || f.city.length > 80) invalid.push("city");
  const latE6 = degrees(f.lat, 90);
  const lonE6 = degrees(f.lon, 180);
  if (latE6 === undefined) invalid.push("lat");
  if (lonE6 === undefined) invalid.push("lon");
  if (!isAddress(f.operator.trim())) invalid.push("operator");
  let urlOk = false;
  try {
    urlOk = /^https?:$/.test(new URL(f.rpcUrl.trim()).protocol);
  } catch {
    urlOk = false;
  }
  if (!urlOk) invalid.push("rpcUrl");
  if (invalid.length > 0 || latE6 === undefined || lonE6 === undefined)
    return { ok: false, invalid };
  return {
    ok: true,
    value: {
      code: f.code,
      name: f.name.trim(),
      city: f.city.trim(),
      latE6,
      lonE6,
      operator: f.operator.trim() as Address,
      rpcUrl: f.rpcUrl.trim(),
    },
  };
}
