// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from "@testing-library/react";
import { afterEach, describe, expect, test } from "vitest";
import { memoryStorage, renderWithProviders } from "../render-app.test-helper.tsx";
import { ThemeSwitch } from "./theme-switch.tsx";

afterEach(cleanup);

const pressed = () =>
  screen
    .getAllByRole("button")
    .filter((b) => b.getAttribute("aria-pressed") === "true")
    .map((b) => b.textContent);

describe("ThemeSwitch", () => {
  test("behavior: system by default, light without an OS preference", () => {
    const { root } = renderWithProviders(<ThemeSwitch />);
    expect(pressed()).toEqual(["System"]);
    expect(root.classList.contains("dark")).toBe(false);
  });

  test("behavior: choosing dark applies and remembers it", () => {
    const { root, storage } = renderWithProviders(<ThemeSwitch />);
    fireEvent.click(screen.getByRole("button", { name: "Dark" }));
    expect(pressed()).toEqual(["Dark"]);
    expect(root.classList.contains("dark")).toBe(true);
    expect(root.style.colorScheme).toBe("dark");
    expect(storage.items.get("bsn.theme")).toBe("dark");

    fireEvent.click(screen.getByRole("button", { name: "Light" }));
    expect(root.classList.contains("dark")).toBe(false);
    expect(storage.items.get("bsn.theme")).toBe("light");
  });

  test("behavior: starts from the remembered choice", () => {
    const storage = memoryStorage({ "bsn.theme": "dark" });
    const { root } = renderWithProviders(<ThemeSwitch />, { storage });
    expect(pressed()).toEqual(["Dark"]);
    expect(root.classList.contains("dark")).toBe(true);
  });
});
