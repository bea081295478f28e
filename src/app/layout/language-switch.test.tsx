// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen } from "@testing-library/react";
import { afterEach, describe, expect, test } from "vitest";
import { useTranslation } from "../i18n/use-translation.ts";
import { memoryStorage, renderWithProviders } from "../render-app.test-helper.tsx";
import { LanguageSwitch } from "./language-switch.tsx";

afterEach(cleanup);

function Probe() {
  const { t } = useTranslation();
  return <p>{t("nav.network")}</p>;
}

describe("LanguageSwitch", () => {
  test("behavior: switching to Chinese translates, sets <html lang> and remembers", async () => {
    const { root, storage } = renderWithProviders(
      <>
        <LanguageSwitch />
        <Probe />
      </>,
    );
    expect(root.lang).toBe("en");
    expect(screen.getByText("Network")).toBeTruthy();

    await act(async () => {
      fireEvent.change(screen.getByRole("combobox", { name: "Language" }), {
        target: { value: "zh-CN" },
      });
    });
    expect(screen.getByText("网络")).toBeTruthy();
    expect(root.lang).toBe("zh-CN");
    expect(storage.items.get("bsn.language")).toBe("zh-CN");
    expect(screen.getByRole<HTMLSelectElement>("combobox", { name: "语言" }).value).toBe("zh-CN");
  });

  test("behavior: a remembered language beats the browser's", () => {
    const storage = memoryStorage({ "bsn.language": "zh-CN" });
    renderWithProviders(<Probe />, { language: "en", storage });
    expect(screen.getByText("网络")).toBeTruthy();
  });
});
