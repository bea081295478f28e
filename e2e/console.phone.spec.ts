import { expect, test } from "./fixtures.ts";

const sideways = (page: import("@playwright/test").Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

test("phone: the tenant directory, a tenant and its app fit 360 px and open by touch", async ({
  page,
}) => {
  await page.goto("/console/tenants?chain=alpha");
  const table = page.getByTestId("tenant-table");
  await expect(table.getByRole("link").first()).toBeVisible();
  expect(await sideways(page)).toBeLessThanOrEqual(0);

  // A seeded tenant with apps.
  await table.getByRole("link", { name: "Yangtze Delta Cold Chain" }).tap();
  await expect(page).toHaveURL(/\/console\/alpha\/tenants\/\d+$/);
  await expect(page.getByTestId("tenant-name")).toBeVisible();
  expect(await sideways(page)).toBeLessThanOrEqual(0);

  await page.locator('a[href*="/console/alpha/apps/"]').first().tap();
  await expect(page).toHaveURL(/\/console\/alpha\/apps\/\d+$/);
  await expect(page.getByTestId("app-contracts")).toBeVisible();
  await expect(page.getByTestId("usage-range")).toContainText(/Covers blocks|Indexing|blocks/, {
    timeout: 30_000,
  });
  expect(await sideways(page)).toBeLessThanOrEqual(0);
});
