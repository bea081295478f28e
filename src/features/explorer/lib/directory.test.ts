import { describe, expect, test } from "vitest";
import { buildDirectory } from "./directory.ts";

const tenant = {
  id: 3n,
  name: "Shanghai Port Logistics",
  owner: "0xAA00000000000000000000000000000000000001",
  prefix: "156.0021.100003",
  status: 2,
};
const app = {
  id: 7n,
  tenantId: 3n,
  name: "Port Tracker",
  kind: "trace-log",
  status: 1,
  contracts: ["0xCC00000000000000000000000000000000000007"],
};
const dir = buildDirectory({
  registries: {
    nodeRegistry: "0x5FbDB2315678afecb367f032d93F642f64180aa3",
    tenantRegistry: "0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512",
    identifierRegistry: "0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0",
  },
  tenants: [tenant],
  apps: [app],
  nodes: [
    {
      code: "0021",
      name: "Shanghai City Node",
      operator: "0xBB00000000000000000000000000000000000021",
    },
  ],
  signers: new Map([[3n, ["0xDD00000000000000000000000000000000000003"]]]),
  devAccounts: [
    { label: "Network admin", address: "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266" },
    {
      label: "Owner · Shanghai Port Logistics",
      address: "0xaa00000000000000000000000000000000000001",
    },
  ],
});

describe("buildDirectory", () => {
  test("behavior: labels any case of an address", () => {
    expect(dir.labelsOf("0x5fbdb2315678afecb367f032d93f642f64180aa3")).toEqual([
      { kind: "registry", name: "nodeRegistry" },
    ]);
    expect(dir.labelsOf("0xbb00000000000000000000000000000000000021")[0]?.kind).toBe(
      "nodeOperator",
    );
    expect(dir.labelsOf("0xdd00000000000000000000000000000000000003")).toEqual([
      { kind: "signer", tenant },
    ]);
  });
  test("behavior: an app contract leads to its app and tenant", () => {
    expect(dir.appOfContract("0xcc00000000000000000000000000000000000007")).toEqual({
      app,
      tenant,
    });
    expect(dir.appOfContract("0x0000000000000000000000000000000000000000")).toBeUndefined();
  });
  test("behavior: a dev-account label only where the registries say nothing", () => {
    expect(dir.labelsOf("0xAA00000000000000000000000000000000000001")).toEqual([
      { kind: "tenantOwner", tenant },
    ]);
    expect(dir.labelsOf("0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266")).toEqual([
      { kind: "devAccount", label: "Network admin" },
    ]);
  });
});
