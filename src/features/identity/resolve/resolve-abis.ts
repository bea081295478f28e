/**
 * The registry functions whose answers the resolve route decodes (ResolveLens passes them on
 * as returned; the trust list reads tenants and signers), and nothing else: the full
 * generated ABIs (src/lib/contracts/generated/) cost that route ~3 KB it does not have.
 * resolve-abis.test.ts checks every item against the generated ABI, so they cannot drift.
 */
export const resolveTenantRegistryAbi = [
  {
    inputs: [{ name: "id", type: "uint256" }],
    name: "getTenant",
    outputs: [
      {
        components: [
          { name: "id", type: "uint256" },
          { name: "name", type: "string" },
          { name: "owner", type: "address" },
          { name: "status", type: "uint8" },
          { name: "homeNode", type: "string" },
          { name: "prefix", type: "string" },
          { name: "dailyQuota", type: "uint32" },
          { name: "createdAt", type: "uint64" },
          { name: "updatedAt", type: "uint64" },
        ],
        name: "",
        type: "tuple",
      },
    ],
    stateMutability: "view",
    type: "function",
  },
  {
    inputs: [{ name: "tenantId", type: "uint256" }],
    name: "getSigners",
    outputs: [{ name: "", type: "address[]" }],
    stateMutability: "view",
    type: "function",
  },
  {
    inputs: [],
    name: "getTenants",
    outputs: [
      {
        components: [
          { name: "id", type: "uint256" },
          { name: "name", type: "string" },
          { name: "owner", type: "address" },
          { name: "status", type: "uint8" },
          { name: "homeNode", type: "string" },
          { name: "prefix", type: "string" },
          { name: "dailyQuota", type: "uint32" },
          { name: "createdAt", type: "uint64" },
          { name: "updatedAt", type: "uint64" },
        ],
        name: "tenants",
        type: "tuple[]",
      },
    ],
    stateMutability: "view",
    type: "function",
  },
] as const;

export const resolveIdentifierRegistryAbi = [
  {
    inputs: [{ name: "key", type: "bytes32" }],
    name: "getRecord",
    outputs: [
      {
        components: [
          { name: "identifier", type: "string" },
          { name: "tenantId", type: "uint256" },
          { name: "appId", type: "uint256" },
          { name: "contentHash", type: "bytes32" },
          { name: "metadataURI", type: "string" },
          { name: "issuer", type: "address" },
          { name: "status", type: "uint8" },
          { name: "revokeReason", type: "string" },
          { name: "issuedAt", type: "uint64" },
          { name: "updatedAt", type: "uint64" },
        ],
        name: "",
        type: "tuple",
      },
    ],
    stateMutability: "view",
    type: "function",
  },
] as const;
