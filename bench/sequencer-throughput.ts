import type { Hex } from "viem";
import { DevnetChain } from "../devnet/chain/devnet-chain.ts";
import { DevAccounts } from "../devnet/config/dev-accounts.ts";
import {
  DEFAULT_GENESIS_TIMESTAMP,
  DEV_MNEMONIC,
  DEVNET_CHAINS,
} from "../devnet/config/topology.ts";
import type { BenchModule } from "./types.ts";

const TXS = 3000;
const SENDERS = 20;
const PER_BLOCK = 1000;

/**
 * Signed transfers pushed through the sequencer of a 4-node chain (alpha's shape). A transaction
 * counts once every replica has it and its block is mined and hash-checked on all of them.
 */
export const sequencerThroughput: BenchModule = {
  name: "sequencer throughput",
  async run() {
    const accounts = new DevAccounts(DEV_MNEMONIC, SENDERS + 1);
    const spec = DEVNET_CHAINS[0];
    if (!spec) throw new Error("no alpha chain");
    const chain = new DevnetChain(spec, {
      accounts,
      mnemonic: DEV_MNEMONIC,
      genesisTimestamp: DEFAULT_GENESIS_TIMESTAMP,
      blockTimeMs: 2000,
      ports: spec.nodes.map(() => ({ gateway: 0, replica: 0 })),
    });
    await chain.start();
    try {
      const raws: Hex[] = [];
      for (let i = 0; i < TXS; i++) {
        const sender = accounts.get(i % SENDERS);
        raws.push(
          await sender.signTransaction({
            chainId: spec.chainId,
            type: "eip1559",
            to: accounts.address(SENDERS),
            value: 1n,
            nonce: Math.floor(i / SENDERS),
            gas: 21_000n,
            maxFeePerGas: 100_000_000_000n,
            maxPriorityFeePerGas: 1n,
          }),
        );
      }
      const started = performance.now();
      const work: Promise<unknown>[] = [];
      raws.forEach((raw, i) => {
        work.push(chain.sequencer.sendRawTransaction(raw));
        if ((i + 1) % PER_BLOCK === 0) work.push(chain.sequencer.mine());
      });
      const answers = await Promise.all(work);
      const seconds = (performance.now() - started) / 1000;
      const refused = answers.filter(
        (a) => typeof a === "object" && a !== null && "error" in a && a.error,
      );
      if (refused.length > 0) throw new Error(`${refused.length} transactions refused`);
      const tps = Math.round(TXS / seconds);

      // A restarted node replays the whole log: how long that takes for this one.
      const replayStart = performance.now();
      await chain.faults.restart(chain.replicas[3]?.id ?? "");
      const replayMs = Math.round(performance.now() - replayStart);
      return [
        {
          name: `sequencer throughput, ${TXS} signed txs to all 4 replicas`,
          value: tps,
          unit: "tx/s",
        },
        { name: `node restart replaying ${chain.log.length} log ops`, value: replayMs, unit: "ms" },
      ];
    } finally {
      await chain.close();
    }
  },
};
