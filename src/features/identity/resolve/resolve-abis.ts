/**
 * The TenantRegistry functions the resolve route uses (for the trust list), and nothing else: the full
 * generated ABIs (src/lib/contracts/generated/) cost that route ~3 KB it does not have.
 * resolve-abis.test.ts checks every item against the generated ABI, so they cannot drift.
 */
export const resolveTenantRegistryAbi = [
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
