// @vitest-environment happy-dom
import { cleanup, screen } from "@testing-library/react";
import { afterEach, describe, expect, test } from "vitest";
import { renderWithProviders } from "../../app/render-app.test-helper.tsx";
import { TxProgress } from "./tx-progress.tsx";

afterEach(cleanup);
const HASH = `0x${"ab".repeat(32)}` as const;

describe("TxProgress", () => {
  test("args: idle shows nothing", () => {
    const { container } = renderWithProviders(<TxProgress state={{ phase: "idle" }} />);
    expect(container.textContent).toBe("");
  });

  test("args: pending, then mined", () => {
    const { rerender } = renderWithProviders(
      <TxProgress state={{ phase: "pending", hash: HASH }} />,
    );
    expect(screen.getByRole("status").textContent).toBe(
      `Sent; waiting to be minedTransaction ${HASH}`,
    );
    rerender(<TxProgress state={{ phase: "mined", hash: HASH, blockNumber: 42n }} />);
    expect(screen.getByRole("status").textContent).toContain("Mined in block 42");
  });

  test("args: a decoded custom error in words, in both languages", () => {
    const error = {
      kind: "revert" as const,
      title: "NotTenantOwner",
      detail: "NotTenantOwner(7, 0x7099)",
      errorName: "NotTenantOwner",
      args: ["7", "0x7099"],
    };
    renderWithProviders(<TxProgress state={{ phase: "failed", error }} />);
    expect(screen.getByRole("alert").textContent).toBe(
      "Only the owner of tenant 7 may do this; 0x7099 is not its owner.Technical detail: NotTenantOwner(7, 0x7099)",
    );
    cleanup();
    renderWithProviders(<TxProgress state={{ phase: "failed", error }} />, { language: "zh-CN" });
    expect(screen.getByRole("alert").textContent).toContain("只有租户 7 的所有者可以执行此操作");
  });

  test("args: an unknown error keeps its decoded name", () => {
    const error = {
      kind: "revert" as const,
      title: "Custom",
      detail: "Custom(1)",
      errorName: "Custom",
      args: ["1"],
    };
    renderWithProviders(<TxProgress state={{ phase: "failed", error }} />);
    expect(screen.getByRole("alert").textContent).toBe("CustomTechnical detail: Custom(1)");
  });
});
