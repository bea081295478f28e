/**
 * Organisations the seed draws tenants from. Each has a home city node on one chain, a slug for
 * its (reserved `.example`) metadata host, and a code for its identifier suffixes.
 */
export type Organisation = {
  name: string;
  home: string;
  chain: "alpha" | "beta";
  slug: string;
  code: string;
};

export const ORGANISATIONS: readonly Organisation[] = [
  {
    name: "Beijing Heritage Archive",
    home: "0010",
    chain: "alpha",
    slug: "bj-archive",
    code: "ARC",
  },
  {
    name: "Jing-Jin Vocational Certificates Board",
    home: "0010",
    chain: "alpha",
    slug: "jj-vcb",
    code: "VOC",
  },
  { name: "Shanghai Port Logistics", home: "0021", chain: "alpha", slug: "sh-port", code: "PKG" },
  {
    name: "Yangtze Delta Cold Chain",
    home: "0021",
    chain: "alpha",
    slug: "yd-coldchain",
    code: "CCL",
  },
  {
    name: "Guangzhou Cross-border Trade Center",
    home: "0020",
    chain: "alpha",
    slug: "gz-trade",
    code: "CBT",
  },
  {
    name: "Pearl River Electronics Recycling",
    home: "0020",
    chain: "alpha",
    slug: "pr-recycle",
    code: "REC",
  },
  { name: "Chengdu Tea Cooperative", home: "0028", chain: "alpha", slug: "cd-tea", code: "TEA" },
  {
    name: "Sichuan Pepper Growers Union",
    home: "0028",
    chain: "alpha",
    slug: "sc-pepper",
    code: "PEP",
  },
  {
    name: "Optics Valley Pharmaceuticals",
    home: "0027",
    chain: "beta",
    slug: "ov-pharma",
    code: "MED",
  },
  { name: "Wuhan Steel Quality Lab", home: "0027", chain: "beta", slug: "wh-steel", code: "STL" },
  {
    name: "Hubei Rice Traceability Alliance",
    home: "0027",
    chain: "beta",
    slug: "hb-rice",
    code: "RCE",
  },
  {
    name: "Xi'an Terracotta Crafts Guild",
    home: "0029",
    chain: "beta",
    slug: "xa-crafts",
    code: "CRF",
  },
  {
    name: "Shaanxi Apple Orchards Co-op",
    home: "0029",
    chain: "beta",
    slug: "sx-apple",
    code: "APL",
  },
  {
    name: "Silk Road Museum Network",
    home: "0029",
    chain: "beta",
    slug: "silkroad-museums",
    code: "MUS",
  },
];

export type AppKind = "trace-log" | "points-ledger" | "certificate-notary";
export const APP_KINDS: readonly AppKind[] = ["trace-log", "points-ledger", "certificate-notary"];

export const APP_NAMES: Record<AppKind, readonly string[]> = {
  "trace-log": ["Batch Provenance", "Container Trace", "Origin Trace", "Cold Chain Log"],
  "points-ledger": ["Member Points", "Recycling Rewards", "Loyalty Points"],
  "certificate-notary": ["Certificate Notary", "Inspection Reports", "Document Notary"],
};

export const SUSPEND_REASONS = [
  "Compliance review: unverified signer keys",
  "Service fees overdue",
  "Quota abuse under investigation",
];

export const REVOKE_REASONS = [
  "Recalled: failed quality inspection",
  "Issued in error",
  "Superseded by a corrected record",
  "Reported lost or stolen",
  "Withdrawn by the issuer",
];

export const TRACE_STEPS = [
  "harvested",
  "packed",
  "inspected",
  "customs cleared",
  "loaded",
  "in transit",
  "arrived at warehouse",
  "delivered",
];

/**
 * Dev account indexes by role. anvil funds `DEV_ACCOUNT_COUNT` accounts from the mnemonic; the
 * network config lists them with these labels so the app can offer them as signers.
 */
export const ROLE = {
  admin: 0,
  operator: (nodeIndex: number) => 1 + nodeIndex,
  owner: (orgIndex: number) => 7 + orgIndex,
  signer: (orgIndex: number) => 21 + orgIndex,
  user: (k: number) => 35 + k,
} as const;
export const USER_COUNT = 5;
export const DEV_ACCOUNT_COUNT = 40;
