import {
  type Abi,
  encodeFunctionData,
  getContract,
  type Hex,
  keccak256,
  parseEventLogs,
  toBytes,
} from "viem";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  certificateNotaryAbi,
  certificateNotaryBytecode,
} from "../../src/lib/contracts/generated/certificate-notary.ts";
import {
  multicall3Abi,
  multicall3DeployedBytecode,
} from "../../src/lib/contracts/generated/multicall3.ts";
import {
  pointsLedgerAbi,
  pointsLedgerBytecode,
} from "../../src/lib/contracts/generated/points-ledger.ts";
import { traceLogAbi, traceLogBytecode } from "../../src/lib/contracts/generated/trace-log.ts";
import {
  type Anvil,
  accounts,
  type Role,
  revertOf,
  signers,
  snapshotter,
  startAnvil,
} from "./anvil.ts";

const MULTICALL3 = "0xcA11bde05977b3631167028862bE2a173976CA11";
const ITEM = keccak256(toBytes("item 1"));
const DOC = keccak256(toBytes("certificate 1"));

let anvil: Anvil;
let restore: () => Promise<void>;
let apps: Awaited<ReturnType<typeof deployApps>>;

async function deployApps() {
  // One at a time: parallel sends from one account would race for the same nonce.
  const trace = await anvil.deploy(traceLogAbi, traceLogBytecode);
  const points = await anvil.deploy(pointsLedgerAbi, pointsLedgerBytecode);
  const notary = await anvil.deploy(certificateNotaryAbi, certificateNotaryBytecode);
  const as = (role: Role) => {
    const client = { public: anvil.client, wallet: anvil.wallet };
    const account = signers[role];
    return {
      account,
      trace: getContract({ address: trace, abi: traceLogAbi, client }),
      points: getContract({ address: points, abi: pointsLedgerAbi, client }),
      notary: getContract({ address: notary, abi: certificateNotaryAbi, client }),
    };
  };
  return { trace, points, notary, as };
}

async function logsOf(abi: Abi, sent: Promise<Hex>) {
  const receipt = await anvil.client.waitForTransactionReceipt({ hash: await sent });
  return parseEventLogs({ abi, logs: receipt.logs }).map(({ eventName, args }) => ({
    eventName,
    args,
  }));
}

beforeAll(async () => {
  anvil = await startAnvil();
  apps = await deployApps();
  await anvil.test.setCode({ address: MULTICALL3, bytecode: multicall3DeployedBytecode });
  restore = (await snapshotter(anvil)).restore;
});
beforeEach(async () => {
  await restore();
});
afterAll(async () => {
  await anvil?.stop();
});

describe("TraceLog", () => {
  it("behavior: numbers the steps of each item", async () => {
    const { trace, account } = apps.as("stranger");
    await logsOf(traceLogAbi, trace.write.record([ITEM, "packed"], { account }));
    expect(await logsOf(traceLogAbi, trace.write.record([ITEM, "shipped"], { account }))).toEqual([
      {
        eventName: "Traced",
        args: { itemId: ITEM, by: accounts.stranger, seq: 2n, step: "shipped" },
      },
    ]);
    expect(await trace.read.stepCount([ITEM])).toBe(2n);
  });

  it("error: an empty step", async () => {
    const { trace, account } = apps.as("stranger");
    expect(await revertOf(trace.write.record([ITEM, ""], { account }))).toEqual({
      errorName: "EmptyStep",
      args: [],
    });
  });
});

describe("PointsLedger", () => {
  it("behavior: the owner mints, holders transfer", async () => {
    const admin = apps.as("admin");
    const holder = apps.as("stranger");
    await logsOf(
      pointsLedgerAbi,
      admin.points.write.mint([accounts.stranger, 100n], { account: admin.account }),
    );
    expect(
      await logsOf(
        pointsLedgerAbi,
        holder.points.write.transfer([accounts.signer, 30n], { account: holder.account }),
      ),
    ).toEqual([
      {
        eventName: "Transfer",
        args: { from: accounts.stranger, to: accounts.signer, amount: 30n },
      },
    ]);
    expect(await holder.points.read.balanceOf([accounts.stranger])).toBe(70n);
    expect(await holder.points.read.totalSupply()).toBe(100n);
  });

  it("error: minting is for the owner; transfers need points", async () => {
    const { points, account } = apps.as("stranger");
    expect(await revertOf(points.write.mint([accounts.stranger, 1n], { account }))).toEqual({
      errorName: "OwnableUnauthorizedAccount",
      args: [accounts.stranger],
    });
    expect(await revertOf(points.write.transfer([accounts.signer, 5n], { account }))).toEqual({
      errorName: "InsufficientPoints",
      args: [0n, 5n],
    });
  });
});

describe("CertificateNotary", () => {
  it("behavior: the first notarization wins; repeats are refused", async () => {
    const { notary, account } = apps.as("signer");
    const [log] = await logsOf(certificateNotaryAbi, notary.write.notarize([DOC], { account }));
    const record = await notary.read.getNotarization([DOC]);
    expect(log).toEqual({
      eventName: "Notarized",
      args: { docHash: DOC, by: accounts.signer, timestamp: record.timestamp },
    });
    expect(record.by).toBe(accounts.signer);
    expect(await revertOf(notary.write.notarize([DOC], { account }))).toEqual({
      errorName: "AlreadyNotarized",
      args: [DOC],
    });
  });
});

describe("Multicall3 at its canonical address", () => {
  it("behavior: aggregate3 batches reads and reports failures per call", async () => {
    // aggregate3 is payable, so it is simulated (eth_call) rather than read.
    const { result } = await anvil.client.simulateContract({
      address: MULTICALL3,
      abi: multicall3Abi,
      functionName: "aggregate3",
      args: [
        [
          {
            target: apps.trace,
            allowFailure: false,
            callData: encodeFunctionData({
              abi: traceLogAbi,
              functionName: "stepCount",
              args: [ITEM],
            }),
          },
          { target: apps.trace, allowFailure: true, callData: "0xdeadbeef" },
        ],
      ],
    });
    const [count, empty] = result;
    expect(count).toEqual({ success: true, returnData: `0x${"0".repeat(64)}` });
    expect(empty).toEqual({ success: false, returnData: "0x" });
  });

  it("behavior: viem's multicall works against it", async () => {
    const results = await anvil.client.multicall({
      multicallAddress: MULTICALL3,
      contracts: [
        { address: apps.points, abi: pointsLedgerAbi, functionName: "totalSupply" },
        {
          address: apps.notary,
          abi: certificateNotaryAbi,
          functionName: "getNotarization",
          args: [DOC],
        },
      ],
    });
    expect(results).toEqual([
      { status: "success", result: 0n },
      {
        status: "success",
        result: { by: "0x0000000000000000000000000000000000000000", timestamp: 0n },
      },
    ]);
  });
});
