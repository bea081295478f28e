import { expect, test } from "./fixtures.ts";

const sideways = (page: import("@playwright/test").Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

test("phone: an auditor goes home → block → transaction → sender by touch, and nothing scrolls sideways", async ({
  page,
}) => {
  await page.goto("/explorer/alpha");
  await expect(page.getByTestId("latest-blocks").getByRole("link").first()).toBeVisible();
  expect(await sideways(page)).toBeLessThanOrEqual(0);

  // A block with transactions (walk back from the newest until one has some).
  await page.getByTestId("latest-blocks").getByRole("link").first().tap();
  await expect(page).toHaveURL(/\/block\/\d+$/);
  for (let i = 0; i < 20; i++) {
    await expect(page.getByTestId("block-hash")).toBeVisible();
    if ((await page.getByTestId("tx-row").count()) > 0) break;
    const before = page.url();
    await page.getByTestId("block-prev").tap();
    await expect(page).not.toHaveURL(before);
  }
  expect(await sideways(page)).toBeLessThanOrEqual(0);

  await page.getByTestId("tx-row").first().getByRole("link").first().tap();
  await expect(page).toHaveURL(/\/tx\/0x[0-9a-f]{64}$/);
  await expect(page.getByTestId("tx-call")).toBeVisible();
  expect(await sideways(page)).toBeLessThanOrEqual(0);

  await page.getByTestId("tx-from").getByRole("link").first().tap();
  await expect(page).toHaveURL(/\/address\/0x[0-9a-fA-F]{40}$/);
  await expect(page.getByTestId("section-address-history")).toBeVisible();
  expect(await sideways(page)).toBeLessThanOrEqual(0);
});
