// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from "@testing-library/react";
import { afterEach, describe, expect, test, vi } from "vitest";
import { renderWithProviders } from "../../../app/render-app.test-helper.tsx";
import { AddEndpointForm } from "./add-endpoint-form.tsx";

afterEach(cleanup);

function fill(url: string, name: string) {
  fireEvent.change(screen.getByLabelText("RPC URL"), { target: { value: url } });
  fireEvent.change(screen.getByLabelText("Name"), { target: { value: name } });
  fireEvent.click(screen.getByRole("button", { name: "Add endpoint" }));
}

describe("AddEndpointForm", () => {
  test("error: a refused URL keeps what was typed and says why", () => {
    renderWithProviders(<AddEndpointForm onAdd={() => ({ ok: false, reason: "invalid-url" })} />);
    fill("ftp://node", "Mine");
    expect((screen.getByLabelText("RPC URL") as HTMLInputElement).value).toBe("ftp://node");
    expect((screen.getByLabelText("Name") as HTMLInputElement).value).toBe("Mine");
    expect(screen.getByRole("status").textContent).toBe(
      "Enter an absolute http:// or https:// URL, for example https://rpc.example.org.",
    );
    expect(screen.getByLabelText("RPC URL").getAttribute("aria-invalid")).toBe("true");
  });

  test("behavior: an accepted endpoint clears the form and confirms", () => {
    const onAdd = vi.fn(() => ({ ok: true as const, value: {} }));
    renderWithProviders(<AddEndpointForm onAdd={onAdd} />);
    fill(" https://rpc.example.org ", "Mine");
    expect(onAdd).toHaveBeenCalledWith(" https://rpc.example.org ", "Mine");
    expect((screen.getByLabelText("RPC URL") as HTMLInputElement).value).toBe("");
    expect(screen.getByRole("status").textContent).toBe(
      "Added https://rpc.example.org; the next poll will contact it.",
    );
  });

  test("args: Chinese duplicate message", () => {
    renderWithProviders(<AddEndpointForm onAdd={() => ({ ok: false, reason: "duplicate" })} />, {
      language: "zh-CN",
    });
    fireEvent.change(screen.getByLabelText("RPC 地址"), { target: { value: "http://a.test" } });
    fireEvent.click(screen.getByRole("button", { name: "添加端点" }));
    expect(screen.getByRole("status").textContent).toBe("该链已有使用此地址的节点。");
  });
});
