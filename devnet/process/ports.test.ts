import net from "node:net";
import { describe, expect, it } from "vitest";
import { startDevnet } from "../devnet.ts";
import { freePort, isPortFree } from "./ports.ts";

describe("ports", () => {
  it("error: a taken fixed port stops the devnet before anything starts", async () => {
    const base = await freePort();
    const blocker = net.createServer().listen(base + 2, "127.0.0.1");
    await new Promise((r) => blocker.once("listening", r));
    try {
      const started = startDevnet({ ports: base, outFile: null, traffic: false });
      await expect(started).rejects.toThrow(`${base + 2} (gateway alpha-0021)`);
      await expect(started).rejects.toThrow(/--ports free/);
    } finally {
      blocker.close();
    }
  });

  it("behavior: freePort returns a port nobody listens on", async () => {
    expect(await isPortFree(await freePort())).toBe(true);
  });
});
