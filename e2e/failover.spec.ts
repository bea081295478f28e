import { fault } from "./devnet-control.ts";
import { expect, test } from "./fixtures.ts";

test("stopping the node the app reads from: fresh heads from another node within 5 s, no error page", async ({
  page,
  network,
}) => {
  const alpha = network.chains.find((c) => c.key === "alpha");
  if (!alpha) throw new Error("no alpha chain in the devnet config");
  await page.goto("/network");
  const serving = page.getByTestId("chain-serving-alpha");
  await expect(serving).toBeVisible();
  const servingName = (await serving.textContent())?.replace(/^·\s*/, "").trim();
  const node = alpha.nodes.find((n) => n.name === servingName);
  if (!node?.code) throw new Error(`serving node "${servingName}" is not in the config`);

  const head = page.getByTestId("chain-head-number-alpha");
  await fault("stop", { node: `alpha-${node.code}` });
  try {
    const atStop = Number(await head.textContent());
    await expect
      .poll(async () => Number(await head.textContent()), { timeout: 5_000, intervals: [250] })
      .toBeGreaterThan(atStop + 1);
    await expect(serving).not.toHaveText(new RegExp(node.name));
    await expect(page.getByTestId("chain-head-alpha")).toHaveAttribute("data-state", "live");
    await expect(page.getByText("Something went wrong")).toHaveCount(0);
    const row = page.locator(`[data-testid="endpoint-row"][data-url="${node.url}"]`);
    // The endpoint list follows the polls while on screen, as the administrator would see it.
    await row.scrollIntoViewIfNeeded();
    await expect(row).toContainText("down");
  } finally {
    await fault("restart", { node: `alpha-${node.code}` });
  }
});
