import { encodeErrorResult, type Hex } from "viem";
import { describe, expect, test } from "vitest";
import { pointsLedgerAbi } from "../../../lib/contracts/generated/points-ledger.ts";
import { decodeCall, decodeLog, decodeRevert } from "./decode.ts";
import block12 from "./fixtures/alpha-block-12.json" with { type: "json" };
import blockFailed from "./fixtures/alpha-block-failed-tx.json" with { type: "json" };
import { buildAbiIndex } from "./known-abis.ts";
import { registryEffects } from "./registry-effects.ts";

const index = buildAbiIndex();
const issueTx = block12.block.transactions[0] as { input: Hex };
const issueLog = block12.receipts[0]?.logs[0] as { address: Hex; topics: Hex[]; data: Hex };

describe("decodeCall", () => {
  test("behavior: a recorded IdentifierRegistry.issue call", () => {
    const call = decodeCall(index, issueTx.input, "identifierRegistry");
    expect(call?.name).toBe("issue");
    expect(call?.source).toBe("identifierRegistry");
    expect(call?.signature).toBe(
      "issue(uint256 tenantId, uint256 appId, string identifier, bytes32 contentHash, string metadataURI)",
    );
    expect(call?.args.slice(0, 3)).toEqual([
      { name: "tenantId", type: "uint256", value: "5" },
      { name: "appId", type: "uint256", value: "11" },
      { name: "identifier", type: "string", value: "156.0028.968396/LIVE-000001-7" },
    ]);
  });

  test("behavior: a recorded PointsLedger.transfer call", () => {
    const tx = blockFailed.block.transactions[0] as { input: Hex };
    expect(decodeCall(index, tx.input, "points-ledger")).toEqual({
      name: "transfer",
      signature: "transfer(address to, uint256 amount)",
      source: "points-ledger",
      args: [
        { name: "to", type: "address", value: "0x9eAF5590f2c84912A08de97FA28d0529361Deb9E" },
        { name: "amount", type: "uint256", value: "11" },
      ],
    });
  });

  test("behavior: the bundled selector list names calls of contracts we did not deploy", () => {
    const approve = `0x095ea7b3${"0".repeat(24)}${"11".repeat(20)}${"0".repeat(63)}5` as Hex;
    expect(decodeCall(index, approve)).toEqual({
      name: "approve",
      signature: "approve(address spender, uint256 amount)",
      source: "selectorList",
      args: [
        { name: "spender", type: "address", value: "0x1111111111111111111111111111111111111111" },
        { name: "amount", type: "uint256", value: "5" },
      ],
    });
  });

  test("behavior: a function without arguments decodes even with bytes after its selector", () => {
    // Multicall3.getBlockNumber(): decodeFunctionData ignores what follows an argument-less call.
    for (const input of ["0x42cbb15c", "0x42cbb15cabcd"] as Hex[])
      expect(decodeCall(index, input, "multicall3")).toEqual({
        name: "getBlockNumber",
        signature: "getBlockNumber()",
        source: "multicall3",
        args: [],
      });
  });

  test("error: unknown selectors, short input and bad arguments decode to nothing", () => {
    expect(decodeCall(index, "0xdeadbeef")).toBeUndefined();
    expect(decodeCall(index, "0x")).toBeUndefined();
    expect(decodeCall(index, "0x095ea7b3")).toBeUndefined();
  });
});

describe("decodeLog and registryEffects", () => {
  test("behavior: a recorded IdentifierIssued event, worded as an effect", () => {
    const log = decodeLog(index, { ...issueLog, logIndex: 0 }, "identifierRegistry");
    expect(log?.name).toBe("IdentifierIssued");
    expect(log?.args.find((a) => a.name === "identifier")?.value).toBe(
      "156.0028.968396/LIVE-000001-7",
    );
    const effects = registryEffects(log ? [log] : []);
    expect(effects).toHaveLength(1);
    expect(effects[0]?.key).toBe("identifierIssued");
    expect(effects[0]?.values.identifier).toBe("156.0028.968396/LIVE-000001-7");
    expect(effects[0]?.values.tenantId).toBe("5");
  });

  test("behavior: app events are decoded but are not registry effects", () => {
    const raw = block12.receipts[1]?.logs[0] as { address: Hex; topics: Hex[]; data: Hex };
    const log = decodeLog(index, { ...raw, logIndex: 1 }, "certificate-notary");
    expect(log?.name).toBe("Notarized");
    expect(log?.source).toBe("certificate-notary");
    expect(registryEffects(log ? [log] : [])).toEqual([]);
  });

  test("error: a log without topics or with an unknown topic is not decoded", () => {
    const base = { address: "0x01" as Hex, data: "0x" as Hex, logIndex: 0 };
    expect(decodeLog(index, { ...base, topics: [] })).toBeUndefined();
    expect(decodeLog(index, { ...base, topics: [`0x${"ab".repeat(32)}`] })).toBeUndefined();
  });
});

describe("decodeRevert", () => {
  test("behavior: a product custom error with its arguments", () => {
    const data = encodeErrorResult({
      abi: pointsLedgerAbi,
      errorName: "InsufficientPoints",
      args: [3n, 10n],
    });
    expect(decodeRevert(data)).toEqual({
      kind: "error",
      name: "InsufficientPoints",
      args: [
        { name: "have", type: "uint256", value: "3" },
        { name: "want", type: "uint256", value: "10" },
      ],
    });
  });

  test("behavior: Error(string) and Panic(uint256)", () => {
    const message =
      "0x08c379a0000000000000000000000000000000000000000000000000000000000000002000000000000000000000000000000000000000000000000000000000000000047465737400000000000000000000000000000000000000000000000000000000";
    expect(decodeRevert(message as Hex)).toEqual({ kind: "message", message: "test" });
    const panic = `0x4e487b71${"0".repeat(62)}11` as Hex;
    expect(decodeRevert(panic)).toEqual({ kind: "panic", code: "0x11" });
  });

  test("error: unknown data stays raw", () => {
    expect(decodeRevert("0x12345678")).toEqual({ kind: "raw", data: "0x12345678" });
  });
});
