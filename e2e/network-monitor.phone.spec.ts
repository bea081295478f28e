import { expect, test } from "./fixtures.ts";

const pageOverflow = (page: import("@playwright/test").Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

test("phone: the monitor fits 360 px, its map dots open a node by touch, and the node page fits too", async ({
  page,
}) => {
  await page.goto("/network");
  await expect(page.getByTestId("monitor-row").first()).toBeVisible();
  await expect(page.getByTestId("monitor-row")).toHaveCount(6);
  // The wide table scrolls inside its own box; the page itself never scrolls sideways.
  expect(await pageOverflow(page)).toBeLessThanOrEqual(0);

  const map = page.getByTestId("china-map");
  await map.scrollIntoViewIfNeeded();
  const dot = page.locator('[data-testid="map-node"][aria-label*="Shanghai"]');
  const box = await dot.boundingBox();
  // A finger-sized target, not just the 6 px dot.
  expect(box?.width ?? 0).toBeGreaterThanOrEqual(24);
  await dot.tap();
  await expect(page).toHaveURL(/\/network\/nodes\/alpha-0021$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Shanghai City Node");
  await expect(page.getByText(/Availability/)).toBeVisible();
  expect(await pageOverflow(page)).toBeLessThanOrEqual(0);
});
