/** Every console URL, built in one place so links never drift from the routes. */
const seg = (s: string) => encodeURIComponent(s);

export const consoleUrls = {
  tenants: (chain?: string) =>
    chain ? `/console/tenants?chain=${seg(chain)}` : "/console/tenants",
  tenant: (chain: string, id: bigint) => `/console/${seg(chain)}/tenants/${id.toString()}`,
  app: (chain: string, id: bigint) => `/console/${seg(chain)}/apps/${id.toString()}`,
  appIdentifiers: (chain: string, id: bigint) =>
    `/console/${seg(chain)}/apps/${id.toString()}/identifiers`,
};
