import os from "node:os";
import path from "node:path";
import { startDevnet } from "../devnet/devnet.ts";
import { type BenchModule, median } from "./types.ts";

const RUNS = 3;

/** `npm run devnet` from the call to seeded, network.json written and serving. */
export const devnetStartup: BenchModule = {
  name: "devnet start-up",
  async run() {
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const outFile = path.join(os.tmpdir(), `bsn-bench-${process.pid}`, "network.json");
      const devnet = await startDevnet({ ports: "free", outFile });
      times.push(devnet.startupMs);
      await devnet.stop();
    }
    return [
      {
        name: `devnet start-up to seeded and ready (median of ${RUNS})`,
        value: median(times),
        unit: "ms",
      },
      {
        name: `devnet start-up to seeded and ready (worst of ${RUNS})`,
        value: Math.max(...times),
        unit: "ms",
      },
    ];
  },
};
