import { keccak256, toBytes, zeroAddress } from "viem";
import { describe, expect, it } from "vitest";
import { accounts, revertOf } from "./anvil.ts";
import { withBaseline } from "./baseline.ts";
import { type MatrixCase, roleMatrix } from "./matrix.ts";
import { eventsOf, NETWORK_ADMIN, NodeStatus } from "./registries.ts";

const ctx = withBaseline();

// Indexed strings are only kept as their hash in the topic.
const topic = (code: string) => keccak256(toBytes(code));
const notAdmin = (caller: string) => ({
  errorName: "AccessControlUnauthorizedAccount",
  args: [caller, NETWORK_ADMIN],
});
const notOperator = (caller: string) => ({ errorName: "NotNodeOperator", args: ["0027", caller] });

const chengdu = ["Chengdu Node", "Chengdu", 30_572_800, 104_066_800] as const;

describe("NodeRegistry role matrix", () => {
  const cases: MatrixCase[] = [
    {
      name: "registerNode",
      send: (c) =>
        c.nodes.write.registerNode(["0031", ...chengdu, accounts.operator, "http://n31.example"]),
      allowed: ["admin"],
      events: () => [
        {
          eventName: "NodeRegistered",
          args: {
            codeIndex: topic("0031"),
            code: "0031",
            operator: accounts.operator,
            rpcUrl: "http://n31.example",
          },
        },
      ],
      refusal: notAdmin,
    },
    {
      name: "updateNode",
      send: (c) => c.nodes.write.updateNode(["0027", ...chengdu, "http://n27.example"]),
      allowed: ["admin", "operator"],
      events: (by) => [
        { eventName: "NodeUpdated", args: { codeIndex: topic("0027"), code: "0027", by } },
      ],
      refusal: notOperator,
    },
    {
      name: "setNodeStatus(Maintenance)",
      send: (c) => c.nodes.write.setNodeStatus(["0027", NodeStatus.Maintenance]),
      allowed: ["admin", "operator"],
      events: (by) => [
        {
          eventName: "NodeStatusChanged",
          args: { codeIndex: topic("0027"), code: "0027", from: 1, to: 2, by },
        },
      ],
      refusal: notOperator,
    },
    {
      name: "setNodeStatus(Retired)",
      send: (c) => c.nodes.write.setNodeStatus(["0027", NodeStatus.Retired]),
      allowed: ["admin"],
      events: (by) => [
        {
          eventName: "NodeStatusChanged",
          args: { codeIndex: topic("0027"), code: "0027", from: 1, to: 3, by },
        },
      ],
      // The operator may pause its node but only the network may retire it.
      refusal: (caller, role) => (role === "operator" ? notAdmin(caller) : notOperator(caller)),
    },
    {
      name: "setNodeOperator",
      send: (c) => c.nodes.write.setNodeOperator(["0027", accounts.otherOwner]),
      allowed: ["admin"],
      events: () => [
        {
          eventName: "NodeOperatorChanged",
          args: {
            codeIndex: topic("0027"),
            code: "0027",
            from: accounts.operator,
            to: accounts.otherOwner,
          },
        },
      ],
      refusal: notAdmin,
    },
  ];
  roleMatrix(cases, ctx);
});

describe("NodeRegistry registration", () => {
  it.each(["27", "00270", "00a7", "", "٠٠٢٧"])(
    "error: code %j is not 4 ASCII digits",
    async (code) => {
      const { r } = ctx();
      const sent = r
        .as("admin")
        .nodes.write.registerNode([code, ...chengdu, accounts.operator, ""]);
      expect(await revertOf(sent)).toEqual({ errorName: "InvalidNodeCode", args: [code] });
    },
  );

  it("error: a code is registered once", async () => {
    const { r } = ctx();
    const sent = r
      .as("admin")
      .nodes.write.registerNode(["0027", ...chengdu, accounts.operator, ""]);
    expect(await revertOf(sent)).toEqual({ errorName: "NodeAlreadyRegistered", args: ["0027"] });
  });

  it("error: operator must not be the zero address", async () => {
    const { r } = ctx();
    const admin = r.as("admin").nodes.write;
    expect(await revertOf(admin.registerNode(["0031", ...chengdu, zeroAddress, ""]))).toEqual({
      errorName: "ZeroAddress",
      args: [],
    });
    expect(await revertOf(admin.setNodeOperator(["0027", zeroAddress]))).toEqual({
      errorName: "ZeroAddress",
      args: [],
    });
  });

  it("error: unknown codes", async () => {
    const { r } = ctx();
    const unknown = { errorName: "UnknownNode", args: ["0099"] };
    expect(await revertOf(r.read.nodes.read.getNode(["0099"]))).toEqual(unknown);
    const admin = r.as("admin").nodes.write;
    expect(await revertOf(admin.updateNode(["0099", ...chengdu, ""]))).toEqual(unknown);
    expect(await revertOf(admin.setNodeStatus(["0099", NodeStatus.Active]))).toEqual(unknown);
  });

  it("behavior: views return nodes in registration order", async () => {
    const { anvil, r } = ctx();
    await eventsOf(
      anvil,
      r.as("admin").nodes.write.registerNode(["0031", ...chengdu, accounts.stranger, "http://x"]),
    );
    expect(await r.read.nodes.read.nodeCount()).toBe(2n);
    const nodes = await r.read.nodes.read.getNodes();
    expect(nodes.map((n) => [n.code, n.city, n.latE6, n.lonE6, n.operator, n.status])).toEqual([
      ["0027", "Beijing", 39_904_200, 116_407_400, accounts.operator, NodeStatus.Active],
      ["0031", "Chengdu", 30_572_800, 104_066_800, accounts.stranger, NodeStatus.Active],
    ]);
    expect(await r.read.nodes.read.getNode(["0031"])).toEqual(nodes[1]);
  });
});

describe("NodeRegistry status lifecycle", () => {
  const { None, Active, Maintenance, Retired } = NodeStatus;

  it("behavior: Active ⇄ Maintenance, by the operator", async () => {
    const { anvil, r } = ctx();
    const op = r.as("operator").nodes.write;
    await eventsOf(anvil, op.setNodeStatus(["0027", Maintenance]));
    await eventsOf(anvil, op.setNodeStatus(["0027", Active]));
    expect((await r.read.nodes.read.getNode(["0027"])).status).toBe(Active);
  });

  it.each([
    ["None", None],
    ["the current status", Active],
  ])("error: setting %s", async (_, status) => {
    const { r } = ctx();
    const sent = r.as("admin").nodes.write.setNodeStatus(["0027", status]);
    expect(await revertOf(sent)).toEqual({ errorName: "InvalidNodeStatus", args: [status] });
  });

  it("error: Retired is final — no status, update or operator change afterwards", async () => {
    const { anvil, r } = ctx();
    const admin = r.as("admin").nodes.write;
    await eventsOf(anvil, admin.setNodeStatus(["0027", Retired]));
    const retired = { errorName: "NodeIsRetired", args: ["0027"] };
    for (const status of [Active, Maintenance, Retired]) {
      expect(await revertOf(admin.setNodeStatus(["0027", status]))).toEqual(retired);
    }
    expect(await revertOf(admin.updateNode(["0027", ...chengdu, ""]))).toEqual(retired);
    expect(await revertOf(admin.setNodeOperator(["0027", accounts.stranger]))).toEqual(retired);
    const op = r.as("operator").nodes.write;
    expect(await revertOf(op.setNodeStatus(["0027", Active]))).toEqual(retired);
  });

  it("behavior: a new operator takes over; the old one is refused", async () => {
    const { anvil, r } = ctx();
    await eventsOf(anvil, r.as("admin").nodes.write.setNodeOperator(["0027", accounts.stranger]));
    const old = r.as("operator").nodes.write.setNodeStatus(["0027", Maintenance]);
    expect(await revertOf(old)).toEqual(notOperator(accounts.operator));
    await eventsOf(anvil, r.as("stranger").nodes.write.setNodeStatus(["0027", Maintenance]));
    expect((await r.read.nodes.read.getNode(["0027"])).operator).toBe(accounts.stranger);
  });

  it("behavior: updateNode rewrites the descriptive fields and keeps the rest", async () => {
    const { anvil, r } = ctx();
    const before = await r.read.nodes.read.getNode(["0027"]);
    await eventsOf(
      anvil,
      r.as("operator").nodes.write.updateNode(["0027", ...chengdu, "https://n27.example"]),
    );
    const after = await r.read.nodes.read.getNode(["0027"]);
    expect({ ...after, updatedAt: 0n }).toEqual({
      ...before,
      name: "Chengdu Node",
      city: "Chengdu",
      latE6: 30_572_800,
      lonE6: 104_066_800,
      rpcUrl: "https://n27.example",
      updatedAt: 0n,
    });
  });
});
