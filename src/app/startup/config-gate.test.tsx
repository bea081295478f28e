// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen } from "@testing-library/react";
import { afterEach, describe, expect, test, vi } from "vitest";
import { renderWithProviders } from "../render-app.test-helper.tsx";
import { ConfigGate } from "./config-gate.tsx";

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const addr = `0x${"ab".repeat(20)}`;
const config = (url: string) => ({
  version: 1,
  name: "Devnet",
  chains: [
    {
      key: "beta",
      chainId: 7702,
      name: "BSN Beta",
      registries: { nodeRegistry: addr, tenantRegistry: addr, identifierRegistry: addr },
      nodes: [{ name: "Shanghai", url }],
    },
  ],
});

describe("ConfigGate", () => {
  test("error: lists each problem with its chain, and retry recovers", async () => {
    let served: unknown = config("ws://127.0.0.1:8545");
    vi.stubGlobal("fetch", async () => new Response(JSON.stringify(served)));
    renderWithProviders(
      <ConfigGate>
        <p>app</p>
      </ConfigGate>,
    );

    expect(await screen.findByText("/network.json has 1 problem:")).toBeTruthy();
    expect(screen.getByText("Chain BSN Beta (beta)")).toBeTruthy();
    expect(
      screen.getByText("chains[0].nodes[0].url: expected an http: or https: URL"),
    ).toBeTruthy();

    served = config("http://127.0.0.1:8545");
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Try again" }));
    });
    expect(await screen.findByText("app")).toBeTruthy();
  });

  test("error: the dev server's 404 explanation, in Chinese", async () => {
    vi.stubGlobal(
      "fetch",
      async () => new Response("No network config at /x/.devnet/network.json.", { status: 404 }),
    );
    renderWithProviders(<ConfigGate>app</ConfigGate>, { language: "zh-CN" });
    expect(await screen.findByText("/network.json 返回 HTTP 404。")).toBeTruthy();
    expect(screen.getByText("No network config at /x/.devnet/network.json.")).toBeTruthy();
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("网络配置无法使用");
  });
});
