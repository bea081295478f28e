import { expect, test } from "./fixtures.ts";

test("the shell shows both chains' heads advancing and all six city nodes", async ({
  page,
  network,
}) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/network$/);
  for (const chain of network.chains) {
    const number = page.getByTestId(`chain-head-number-${chain.key}`);
    await expect(number).toBeVisible();
    const first = Number(await number.textContent());
    await expect
      .poll(async () => Number(await number.textContent()), { timeout: 15_000 })
      .toBeGreaterThan(first);
  }
  const counts = await Promise.all(
    network.chains.map(async (c) =>
      Number((await page.getByTestId(`chain-nodes-${c.key}`).textContent())?.match(/\d+/)?.[0]),
    ),
  );
  expect(counts.reduce((a, b) => a + b, 0)).toBe(6);
});

test("every area has a real route that survives a reload", async ({ page }) => {
  for (const [path, heading] of [
    ["/network", "Network"],
    ["/explorer", "Explorer"],
    ["/console", "Console"],
    ["/verify", "Verify"],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(heading);
    await page.reload();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(heading);
  }
  await page.goto("/no/such/page");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByTestId("chain-head-alpha")).toBeVisible();
});

test("language and theme switches are remembered across a reload", async ({ page }) => {
  await page.goto("/network");
  await page.getByRole("combobox", { name: /language|语言/i }).selectOption("zh-CN");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(page.getByTestId("chain-nodes-alpha")).toContainText("个节点");
});
