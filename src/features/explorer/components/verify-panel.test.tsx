// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from "@testing-library/react";
import { useState } from "react";
import { afterEach, describe, expect, test } from "vitest";
import { renderWithProviders } from "../../../app/render-app.test-helper.tsx";
import block12 from "../lib/fixtures/alpha-block-12.json" with { type: "json" };
import type { RpcFullBlock, RpcReceipt } from "../lib/rpc-shapes.ts";
import { VerifyPanel } from "./verify-panel.tsx";

const block = block12.block as unknown as RpcFullBlock;
const receipts = block12.receipts as unknown as RpcReceipt[];

afterEach(cleanup);

describe("VerifyPanel", () => {
  test("behavior: a recorded block verifies on request, in words", async () => {
    renderWithProviders(<VerifyPanel block={block} receipts={receipts} receiptsError={null} />);
    expect(screen.queryByTestId("verify-result")).toBeNull();
    fireEvent.click(screen.getByTestId("verify-block"));
    // The verification code is fetched on the first click: the result follows it.
    const result = await screen.findByTestId("verify-result");
    expect(result.getAttribute("data-verified")).toBe("true");
    expect(result.textContent).toBe(
      `Verified: the header hashes to ${block.hash}, and its transactions root and receipts root match the 2 transactions and receipts.`,
    );
  });

  test("error: a forged receipt is named with both roots, in Chinese too", async () => {
    const forged = receipts.map((r, i) =>
      i === 0 ? { ...r, cumulativeGasUsed: "0x1" as const } : r,
    );
    renderWithProviders(<VerifyPanel block={block} receipts={forged} receiptsError={null} />, {
      language: "zh-CN",
    });
    fireEvent.click(screen.getByTestId("verify-block"));
    // The verification code is fetched on the first click: the result follows it.
    const result = await screen.findByTestId("verify-result");
    expect(result.getAttribute("data-verified")).toBe("false");
    expect(result.textContent).toContain("未通过验证");
    expect(result.textContent).toContain(`区块头为 ${block.receiptsRoot}`);
  });

  test("behavior: asked before the receipts arrive, it waits and then answers", async () => {
    function Harness() {
      const [arrived, setArrived] = useState<RpcReceipt[] | undefined>();
      return (
        <>
          <button type="button" onClick={() => setArrived(receipts)}>
            arrive
          </button>
          <VerifyPanel block={block} receipts={arrived} receiptsError={null} />
        </>
      );
    }
    renderWithProviders(<Harness />);
    fireEvent.click(screen.getByTestId("verify-block"));
    expect(screen.getByRole("status").textContent).toContain("Recomputing");
    fireEvent.click(screen.getByText("arrive"));
    expect((await screen.findByTestId("verify-result")).getAttribute("data-verified")).toBe("true");
  });
});
