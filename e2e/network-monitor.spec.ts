import type { Page } from "@playwright/test";
import { fault } from "./devnet-control.ts";
import { expect, test } from "./fixtures.ts";

/** Polls of a chain's pool so far, as the overview shows them (data-polls). */
async function polls(page: Page, chain: string) {
  return Number(await page.getByTestId(`monitor-chain-${chain}`).getAttribute("data-polls"));
}

function row(page: Page, name: string) {
  return page.locator(`[data-testid="monitor-row"][data-node="${name}"]`);
}

async function nodeName(
  network: { chains: { key: string; nodes: { code?: string; name: string }[] }[] },
  chain: string,
  code: string,
) {
  const n = network.chains.find((c) => c.key === chain)?.nodes.find((x) => x.code === code);
  if (!n) throw new Error(`no node ${chain}-${code} in the devnet config`);
  return n.name;
}

test("a stopped node is down and alerted within two polls, the alert survives a reload, and clears on restart", async ({
  page,
  network,
}) => {
  const name = await nodeName(network, "alpha", "0028");
  await page.goto("/network");
  await expect(row(page, name)).toHaveAttribute("data-state", /up|degraded/);
  const before = await polls(page, "alpha");
  await fault("stop", { node: "alpha-0028" });
  try {
    // Read in the page on every frame, so the poll count is the one at which it first showed.
    const pollsWhenAlerted = await page
      .waitForFunction(
        (nodeName) => {
          const r = document.querySelector(`[data-testid="monitor-row"][data-node="${nodeName}"]`);
          const alerted = [
            ...document.querySelectorAll(
              '[data-testid="alert-entry"][data-kind="down"][data-open="true"]',
            ),
          ].some((e) => e.textContent?.includes(nodeName));
          if (r?.getAttribute("data-state") !== "down" || !alerted) return false;
          return Number(
            document
              .querySelector('[data-testid="monitor-chain-alpha"]')
              ?.getAttribute("data-polls"),
          );
        },
        name,
        { polling: "raf", timeout: 10_000 },
      )
      .then((h) => h.jsonValue());
    expect(pollsWhenAlerted).toBeLessThanOrEqual(before + 2);
    const downAlert = page.locator(
      '[data-testid="alert-entry"][data-kind="down"][data-open="true"]',
    );
    await expect(page.getByTestId("alert-badge").first()).toBeVisible();

    await page.reload();
    // Other nodes may raise alerts of their own on a loaded machine: look for this node's.
    await expect(downAlert.filter({ hasText: name }).first()).toBeVisible();
    await expect(page.getByTestId("alert-badge").first()).toBeVisible();
  } finally {
    await fault("restart", { node: "alpha-0028" });
  }
  // The circuit breaker's cool-down (10 s) bounds how soon the node is tried again.
  await expect(row(page, name)).not.toHaveAttribute("data-state", "down", { timeout: 25_000 });
  const cleared = page.locator('[data-testid="alert-entry"][data-kind="down"][data-open="false"]');
  await expect(cleared.filter({ hasText: name }).first()).toBeVisible();
});

test("a node held back is lagging by the blocks it is held", async ({ page, network }) => {
  const name = await nodeName(network, "alpha", "0020");
  await page.goto("/network");
  await expect(row(page, name)).toHaveAttribute("data-state", /up|degraded/);
  await fault("hold", { node: "alpha-0020", blocks: 8 });
  try {
    await expect(row(page, name)).toHaveAttribute("data-state", "lagging", { timeout: 15_000 });
    // A block can land between two nodes' answers within one poll: 8 ± 1.
    await expect
      .poll(async () => Number(await row(page, name).getByTestId("monitor-lag").textContent()), {
        timeout: 10_000,
      })
      .toBeGreaterThanOrEqual(7);
    const lag = Number(await row(page, name).getByTestId("monitor-lag").textContent());
    expect(lag).toBeLessThanOrEqual(9);
    await expect(
      page.locator('[data-testid="alert-entry"][data-kind="behind"][data-open="true"]'),
    ).toContainText(name);
  } finally {
    await fault("release", { node: "alpha-0020" });
  }
  await expect(row(page, name)).not.toHaveAttribute("data-state", "lagging", { timeout: 20_000 });
});

test("a forked node raises a fork alert naming the node and the height", async ({
  page,
  network,
}) => {
  const name = await nodeName(network, "alpha", "0021");
  await page.goto("/network");
  await expect(row(page, name)).toHaveAttribute("data-state", /up|degraded/);
  const headBefore = Number(await page.getByTestId("chain-head-number-alpha").textContent());
  await fault("fork", { node: "alpha-0021" });
  try {
    const alert = page.locator('[data-testid="alert-entry"][data-kind="fork"][data-open="true"]');
    await expect(alert).toContainText(name, { timeout: 15_000 });
    const height = Number((await alert.textContent())?.match(/block (\d+)/)?.[1]);
    expect(height).toBeGreaterThan(headBefore);
    expect(height).toBeLessThan(headBefore + 15);
    await expect(row(page, name)).toHaveAttribute("data-state", "forked");
  } finally {
    await fault("heal", { node: "alpha-0021" });
  }
  await expect(
    page.locator('[data-testid="alert-entry"][data-kind="fork"][data-open="false"]'),
  ).toContainText(name, { timeout: 20_000 });
});

test("the map links every city node to its page, by keyboard too", async ({ page, network }) => {
  await page.goto("/network");
  const dots = page.getByTestId("map-node");
  const total = network.chains.reduce((s, c) => s + c.nodes.length, 0);
  await expect(dots).toHaveCount(total);
  await dots.first().focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/network\/nodes\//);
  await expect(page.getByTestId("node-page")).toBeVisible();
  await expect(page.getByTestId("node-registration")).toBeVisible();
});
