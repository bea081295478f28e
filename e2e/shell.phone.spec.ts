import { expect, test } from "./fixtures.ts";

test("at 360 px nothing overflows and the menu reaches every area by keyboard", async ({
  page,
}) => {
  await page.goto("/network");
  await expect(page.getByTestId("chain-head-number-alpha")).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);

  const menu = page.getByRole("button", { name: /menu|菜单/i });
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await menu.focus();
  await page.keyboard.press("Enter");
  await expect(menu).toHaveAttribute("aria-expanded", "true");
  await page.keyboard.press("Escape");
  await expect(menu).toHaveAttribute("aria-expanded", "false");

  await menu.click();
  await page.getByRole("link", { name: /explorer|浏览器/i }).click();
  // The explorer opens on its first chain.
  await expect(page).toHaveURL(/\/explorer\/alpha$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Explorer");
});
