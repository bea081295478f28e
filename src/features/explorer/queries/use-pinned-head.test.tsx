// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { act, render } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { headKey } from "../../../lib/queries/query-keys.ts";
import type { ChainHead } from "../../../lib/rpc/chain-head.ts";
import type { ChainRuntime } from "../../../lib/rpc/chain-runtime.ts";
import { useChainHead } from "../../../lib/rpc/network-runtime-context.tsx";
import { usePinnedHead } from "./use-directory.ts";

// Only what the head's query reads of a runtime: its chain id and the poller's last head.
const rt = { chainId: 7, head: () => undefined } as unknown as ChainRuntime;
const head = (n: bigint) => ({ number: n, hash: `0x${n.toString(16)}` }) as unknown as ChainHead;

function setup() {
  const client = new QueryClient();
  const renders = { pinned: 0, live: 0 };
  const seen: { pinned?: bigint; live?: bigint } = {};
  function Pinned() {
    renders.pinned++;
    seen.pinned = usePinnedHead(rt);
    return null;
  }
  function Live() {
    renders.live++;
    seen.live = useChainHead(rt)?.number;
    return null;
  }
  render(
    <QueryClientProvider client={client}>
      <Pinned />
      <Live />
    </QueryClientProvider>,
  );
  // React Query notifies its observers in a later task.
  const push = (n: bigint) =>
    act(async () => {
      client.setQueryData(headKey(rt.chainId), head(n));
      await new Promise((r) => setTimeout(r, 10));
    });
  return { renders, seen, push };
}

describe("usePinnedHead", () => {
  it("behavior: keeps the first head it saw and does not redraw on later heads", async () => {
    const { renders, seen, push } = setup();
    // The query's own first fetch (no head yet from the poller) settles before heads arrive.
    await act(() => new Promise((r) => setTimeout(r, 10)));
    expect(seen).toEqual({ pinned: undefined, live: undefined });
    await push(10n);
    expect(seen).toEqual({ pinned: 10n, live: 10n });
    const pinnedRenders = renders.pinned;
    const liveRenders = renders.live;
    await push(11n);
    await push(12n);
    expect(seen).toEqual({ pinned: 10n, live: 12n });
    // The live head redrew twice; the pinned one not at all.
    expect(renders.live).toBe(liveRenders + 2);
    expect(renders.pinned).toBe(pinnedRenders);
  });
});
