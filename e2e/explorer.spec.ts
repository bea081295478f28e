import { readFileSync } from "node:fs";
import { type Address, createPublicClient, type Hex, http } from "viem";
import { expect, test } from "./fixtures.ts";
import { seededIdentifiers } from "./identifiers.ts";

type RpcTx = { hash: Hex; from: Address; to: Address | null; blockNumber: Hex };

/**
 * The auditor's journey on the devnet: home → a block, verified → a transaction to an app,
 * decoded, with its tenant → the sender's history → search by identifier and by tenant name →
 * the app's last 100 blocks exported as CSV, every row checked against the chain.
 */
test("auditor journey: verify, decode, trace, search, export", async ({ page, network }) => {
  const chain = network.chains[0];
  if (!chain) throw new Error("no chain");
  const client = createPublicClient({ transport: http(chain.nodes[0]?.url) });

  await page.goto("/explorer");
  await expect(page).toHaveURL(new RegExp(`/explorer/${chain.key}$`));
  await expect(page.getByTestId("explorer-serving")).toContainText(/Served by .+ City Node/);
  await page.getByTestId("latest-blocks").getByRole("link").first().click();
  await expect(page).toHaveURL(/\/block\/\d+$/);

  // Walk back with the keyboard until a block has a transaction to an app.
  for (let i = 0; i < 20; i++) {
    await expect(page.getByTestId("block-hash")).toBeVisible();
    const appRow = page.getByTestId("tx-row").filter({ hasText: "App ·" });
    if ((await appRow.count()) > 0) break;
    const before = page.url();
    await page.keyboard.press("k");
    await expect(page).not.toHaveURL(before);
  }
  await expect(page.getByTestId("consensus-summary")).toContainText(
    `${chain.nodes.length} of ${chain.nodes.length} nodes report this block`,
  );
  await page.getByTestId("verify-block").click();
  await expect(page.getByTestId("verify-result")).toHaveAttribute("data-verified", "true");
  await expect(page.getByTestId("verify-result")).toContainText("Verified");

  const appRow = page.getByTestId("tx-row").filter({ hasText: "App ·" }).first();
  await appRow.getByRole("link").first().click();
  await expect(page).toHaveURL(/\/tx\/0x[0-9a-f]{64}$/);
  await expect(page.getByTestId("tx-call")).toContainText(
    /decoded with (trace-log|points-ledger|certificate-notary)/,
  );
  await expect(page.getByTestId("tx-tenant")).not.toBeEmpty();
  const tenantName = (await page.getByTestId("tx-tenant").innerText()).trim();
  const status = (await page.getByTestId("tx-status").innerText()).trim();
  if (status === "Success") await expect(page.getByTestId("tx-logs")).toBeVisible();
  else await expect(page.getByTestId("tx-revert")).toBeVisible();
  const txUrl = page.url();

  // The sender's history, from the node's ots_ index.
  await page.getByTestId("tx-from").getByRole("link").first().click();
  await expect(page).toHaveURL(/\/address\/0x[0-9a-fA-F]{40}$/);
  await expect(page.getByTestId("history-source")).toHaveAttribute("data-source", "ots");
  await expect(page.getByTestId("tx-row").first()).toBeVisible();

  // Search by an identifier: its record, tenant and issuing transaction.
  const [seeded] = await seededIdentifiers(chain, 1);
  if (!seeded) throw new Error("no identifier on the devnet");
  await page.getByTestId("explorer-search").fill(seeded.identifier);
  await page.getByTestId("explorer-search").press("Enter");
  await expect(page.getByTestId("identifier-tenant")).not.toBeEmpty();
  await expect(page.getByTestId("section-identifier-result")).toContainText(seeded.identifier);

  // Its issuer's address lists the identifiers that signer issued, this one among them.
  await page.goto(`/explorer/${chain.key}/address/${seeded.issuer}`);
  await expect(page.getByTestId("issued-identifiers")).toContainText(seeded.identifier);

  // Search by the tenant's name.
  await page.getByTestId("explorer-search").fill(tenantName);
  await page.getByTestId("explorer-search").press("Enter");
  const choice = page
    .getByTestId("search-choices")
    .getByRole("link", { name: tenantName, exact: true });
  await expect(page.getByTestId("tenant-title").or(choice)).toBeVisible();
  if (await choice.isVisible()) await choice.click();
  await expect(page.getByTestId("tenant-title")).toContainText(tenantName);

  // The app's transactions of the last 100 blocks, exported and checked against the chain.
  await page.goto(txUrl);
  await page.getByTestId("tx-app").getByRole("link").click();
  await expect(page).toHaveURL(/\/app\/\d+$/);
  await expect(page.getByTestId("contract-tx-count")).toBeVisible({ timeout: 30_000 });
  const download = page.waitForEvent("download");
  await page.getByTestId("export-csv").click();
  const file = await (await download).path();
  const lines = readFileSync(file, "utf8").trimEnd().split("\n");
  expect(lines[0]).toBe(`# chain: ${chain.name} (${chain.key}, chain id ${chain.chainId})`);
  const range = /^# range: blocks (\d+) to (\d+)$/.exec(lines[2] ?? "");
  expect(range).not.toBeNull();
  const from = BigInt(range?.[1] ?? "0");
  const to = BigInt(range?.[2] ?? "0");
  // The last 100 blocks, or every block of a chain younger than that.
  expect(to - from).toBe(to >= 99n ? 99n : to);
  expect(lines[3]).toMatch(/^# nodes: .*City Node http/);
  expect(lines[4]).toMatch(/^# exported: \d{4}-\d\d-\d\dT/);
  expect(lines[5]).toBe("blockNumber,timestamp,hash,from,to,method,status,value,gasUsed,fee");
  const rows = lines.slice(6).map((l) => l.split(","));
  expect(rows.length).toBeGreaterThan(0);

  // The same range read straight from a node: same transactions, same fields.
  const contracts = new Set(
    (await page.getByTestId("section-app-overview").locator("li a").allInnerTexts()).map((a) =>
      a.trim().toLowerCase(),
    ),
  );
  const expected: RpcTx[] = [];
  for (let n = from; n <= to; n++) {
    const b = await client.getBlock({ blockNumber: n, includeTransactions: true });
    for (const tx of b.transactions)
      if (tx.to && contracts.has(tx.to.toLowerCase()))
        expected.push({
          hash: tx.hash,
          from: tx.from,
          to: tx.to,
          blockNumber: `0x${n.toString(16)}`,
        });
  }
  expect(rows.map((r) => r[2]).sort()).toEqual(expected.map((e) => e.hash).sort());
  for (const r of rows.slice(0, 30)) {
    const [block, , hash, fromAddr, toAddr, , rowStatus, , gasUsed] = r;
    const receipt = await client.getTransactionReceipt({ hash: hash as Hex });
    expect(receipt.blockNumber.toString()).toBe(block);
    expect(receipt.from.toLowerCase()).toBe(fromAddr?.toLowerCase());
    expect(receipt.to?.toLowerCase()).toBe(toAddr?.toLowerCase());
    expect(receipt.status === "success" ? "success" : "failed").toBe(rowStatus);
    expect(receipt.gasUsed.toString()).toBe(gasUsed);
  }
  // The same app by time: a span of ten blocks picked from the chain, typed in local time.
  let spanTo = to > 5n ? to - 2n : to;
  let spanFrom = spanTo > 10n ? spanTo - 10n : 0n;
  const [first, last] = await Promise.all([
    client.getBlock({ blockNumber: spanFrom }),
    client.getBlock({ blockNumber: spanTo }),
  ]);
  // Blocks sharing the boundary's second belong to the span too.
  const stamp = async (n: bigint) => (await client.getBlock({ blockNumber: n })).timestamp;
  while (spanFrom > 0n && (await stamp(spanFrom - 1n)) === first.timestamp) spanFrom--;
  while ((await stamp(spanTo + 1n).catch(() => -1n)) === last.timestamp) spanTo++;
  const local = (seconds: bigint) =>
    page.evaluate((s) => {
      const d = new Date(s * 1000);
      const pad = (n: number) => String(n).padStart(2, "0");
      return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
    }, Number(seconds));
  await page.getByText("Time", { exact: true }).click();
  // Refused input is explained and kept.
  await page.getByLabel("From (local time)").fill(await local(last.timestamp));
  await page.getByLabel("To (local time)").fill(await local(first.timestamp));
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page.getByRole("alert")).toContainText("must not be after");
  await expect(page.getByLabel("From (local time)")).toHaveValue(await local(last.timestamp));
  await page.getByLabel("From (local time)").fill(await local(first.timestamp));
  await page.getByLabel("To (local time)").fill(await local(last.timestamp));
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(new RegExp(`since=${first.timestamp}&until=${last.timestamp}$`));
  const count = page.getByTestId("contract-tx-count");
  await expect(count).toContainText(`${spanFrom}–${spanTo}`, { timeout: 30_000 });
  const inSpan = expected.filter((e) => {
    const n = BigInt(e.blockNumber);
    return n >= spanFrom && n <= spanTo;
  });
  await expect(count).toHaveAttribute("data-count", String(inSpan.length));
});
