// @vitest-environment happy-dom
import { cleanup, screen } from "@testing-library/react";
import { afterEach, describe, expect, test } from "vitest";
import { renderWithProviders } from "../../../app/render-app.test-helper.tsx";
import { ChainHeadPill } from "./chain-head-pill.tsx";

afterEach(cleanup);

const base = {
  chainKey: "alpha",
  name: "BSN Alpha",
  chainId: 7701,
  nodeCount: 4,
  healthyCount: 3,
  servingNode: "Beijing",
};

describe("ChainHeadPill", () => {
  test("args: live head", () => {
    renderWithProviders(<ChainHeadPill {...base} state={{ kind: "live", block: 1234n }} />);
    expect(screen.getByTestId("chain-head-alpha").textContent).toBe(
      "BSN Alpha#1234·4 nodes(3/4 healthy)· Beijing",
    );
    expect(screen.getByTestId("chain-head-number-alpha").textContent).toBe("1234");
    expect(screen.getByTestId("chain-nodes-alpha").textContent).toBe("4 nodes");
    expect(screen.getByTestId("chain-head-alpha").dataset.state).toBe("live");
  });

  test("args: unreachable, one node", () => {
    renderWithProviders(
      <ChainHeadPill
        {...base}
        nodeCount={1}
        healthyCount={0}
        servingNode={undefined}
        state={{ kind: "unreachable" }}
      />,
    );
    expect(screen.getByTestId("chain-head-alpha").textContent).toBe(
      "BSN Alphaunreachable·1 node(0/1 healthy)",
    );
    expect(screen.getByTestId("chain-head-alpha").title).toBe(
      "BSN Alpha, chain id 7701 — None of the chain's nodes answered. No node is serving this chain",
    );
    expect(screen.queryByTestId("chain-head-number-alpha")).toBeNull();
  });

  test("args: Chinese", () => {
    renderWithProviders(<ChainHeadPill {...base} state={{ kind: "connecting" }} />, {
      language: "zh-CN",
    });
    expect(screen.getByTestId("chain-head-alpha").textContent).toBe(
      "BSN Alpha连接中…·4 个节点(3/4 正常)· Beijing",
    );
  });
});
