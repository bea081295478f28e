import { describe, expect, it } from "vitest";
import { answerAll, fakeFetch } from "./fake-fetch.test-helper.ts";
import { createHttpBatchTransport } from "./http-batch-transport.ts";
import { holdRequestsUntil, requestHold } from "./request-hold.ts";

const tick = () => new Promise((r) => setTimeout(r, 0));

describe("request hold", () => {
  it("behavior: requests made during a hold wait for it, then go out as one batch", async () => {
    const net = fakeFetch(answerAll((c) => `0x${c.id.toString(16)}`));
    const t = createHttpBatchTransport("http://node-a.test", { fetchFn: net.fetch });
    let release: () => void = () => undefined;
    holdRequestsUntil(new Promise<void>((r) => (release = r)));
    const first = t.request({ method: "eth_blockNumber" });
    await tick();
    const second = t.request({ method: "eth_chainId" });
    await tick();
    await tick();
    expect(net.sent).toHaveLength(0);
    release();
    expect(await Promise.all([first, second])).toEqual(["0x1", "0x2"]);
    expect(net.sent).toHaveLength(1);
    expect(requestHold()).toBeUndefined();
    // With the hold over, requests go out on the next tick again.
    await t.request({ method: "eth_gasPrice" });
    expect(net.sent).toHaveLength(2);
  });

  it("behavior: a hold that fails ends too, rather than keeping requests back for good", async () => {
    const net = fakeFetch(answerAll(() => "0x1"));
    const t = createHttpBatchTransport("http://node-a.test", { fetchFn: net.fetch });
    let fail: (e: Error) => void = () => undefined;
    holdRequestsUntil(new Promise<void>((_, reject) => (fail = reject)));
    const answer = t.request({ method: "eth_blockNumber" });
    await tick();
    expect(net.sent).toHaveLength(0);
    fail(new Error("no frame"));
    expect(await answer).toBe("0x1");
    expect(requestHold()).toBeUndefined();
  });
});
