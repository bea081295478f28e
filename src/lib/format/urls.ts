/**
 * Every in-app URL to the explorer and the resolver, built in one place so links never drift
 * from the routes (src/app/router.tsx). The chain key comes first: a block number or an address
 * means nothing without its chain.
 */
const seg = (s: string) => encodeURIComponent(s);

export const explorerUrls = {
  home: (chain: string) => `/explorer/${seg(chain)}`,
  block: (chain: string, numberOrHash: bigint | number | string) =>
    `/explorer/${seg(chain)}/block/${seg(String(numberOrHash))}`,
  tx: (chain: string, hash: string) => `/explorer/${seg(chain)}/tx/${seg(hash)}`,
  address: (chain: string, address: string) => `/explorer/${seg(chain)}/address/${seg(address)}`,
  tenant: (chain: string, tenantId: bigint | number) =>
    `/explorer/${seg(chain)}/tenant/${tenantId.toString()}`,
  app: (chain: string, appId: bigint | number) => `/explorer/${seg(chain)}/app/${appId.toString()}`,
  search: (chain: string, query: string) =>
    `/explorer/${seg(chain)}/search?q=${encodeURIComponent(query)}`,
};

/** The resolver page of an identifier; its `/` separators stay path separators. */
export const identifierUrl = (identifier: string) =>
  `/id/${identifier.split("/").map(seg).join("/")}`;
