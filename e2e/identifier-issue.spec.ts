import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { type Address, keccak256, toBytes } from "viem";
import { identifierRegistryAbi } from "../src/lib/contracts/generated/identifier-registry.ts";
import { formatIdentifier } from "../src/lib/identifier/identifier.ts";
import { injectTestWallet } from "./console-test-wallet.ts";
import { expect, test } from "./fixtures.ts";
import { prepareIssuingSigner } from "./issuing-signer.ts";

test("a signer issues one identifier, a 30-row batch interrupted after its first chunk and resumed, and revokes one", async ({
  page,
  network,
}) => {
  test.setTimeout(300_000);
  const { alpha, client, tenant, app, signer, gateways } = await prepareIssuingSigner(network);
  const registry = alpha.registries.identifierRegistry as Address;
  // The wallet declines its third transaction: the batch's second chunk.
  let sends = 0;
  await injectTestWallet(page, signer, gateways, "BSN Test Wallet", () => ++sends === 3);

  const tag = signer.address.slice(2, 8).toUpperCase();
  await page.goto(`/console/alpha/apps/${app.id}`);
  await page.getByTestId("app-identifiers-link").click();
  await expect(page.getByTestId("identifiers-prefix")).toHaveText(tenant.prefix);
  await expect(page.getByTestId("why-unavailable")).toContainText("Connect a wallet to act.");
  await page.getByRole("button", { name: "BSN Test Wallet" }).click();
  await expect(page.getByTestId("wallet-roles")).toContainText(`Signer for tenant ${tenant.id}`);

  // 1. One identifier, its content hash from typed JSON; the QR carries a signed link.
  const one = page.getByTestId("issue-one");
  const single = formatIdentifier(tenant.prefix, `ONE-${tag}`);
  if (!single.ok) throw new Error("bad test identifier");
  await one.getByLabel(/^Suffix/).fill(`one-${tag}`);
  await expect(one.getByTestId("identifier-preview")).toContainText(single.value.value);
  await one.getByLabel("JSON", { exact: true }).check();
  await one.getByLabel(/^JSON document/).fill('{ "lot": 7, "product": "tea" }');
  const jsonHash = keccak256(toBytes('{"lot":7,"product":"tea"}'));
  await expect(one.getByTestId("content-hash")).toContainText(jsonHash);
  await one.getByLabel(/^Metadata URI/).fill("https://example.org/lot/7");
  await one.getByRole("button", { name: "Issue", exact: true }).click();
  await expect(one.locator('[data-phase="mined"]')).toBeVisible({ timeout: 30_000 });
  const qr = one.getByTestId("issued-qr");
  await expect(qr).toHaveAttribute("data-url", new RegExp(`/id/${single.value.value}#p1\\.`));
  await expect(qr.getByRole("link", { name: "Download PNG" })).toBeVisible();
  // Its resolve page, opened in this session: Authentic now (step 4 opens it again once revoked).
  await qr.getByTestId("issued-resolve-link").click();
  await expect(page.getByTestId("verdict")).toHaveAttribute("data-verdict", "authentic", {
    timeout: 15_000,
  });
  await page.goBack();
  await expect(page.getByTestId("issue-one")).toBeVisible();
  // The same suffix again: refused before signing, in words, and the form keeps its input.
  await one.getByLabel(/^Suffix/).fill(`one-${tag}`);
  await one.getByLabel("JSON", { exact: true }).check();
  await one.getByLabel(/^JSON document/).fill('{ "lot": 7, "product": "tea" }');
  await one.getByRole("button", { name: "Issue", exact: true }).click();
  await expect(one.getByRole("alert")).toContainText("is already issued");
  await expect(one.getByLabel(/^Suffix/)).toHaveValue(`one-${tag}`);

  // 2. A batch of 30 rows, 10 per transaction: the second transaction is declined.
  const rows = Array.from({ length: 30 }, (_, i) => {
    const suffix = `B-${tag}-${String(i).padStart(3, "0")}`;
    return i % 2 === 0
      ? `${suffix},,doc ${i},https://example.org/b/${i}`
      : `${suffix},${keccak256(toBytes(`doc ${i}`))},,`;
  });
  const csvPath = path.join(tmpdir(), `batch-${tag}.csv`);
  writeFileSync(csvPath, `suffix,contentHash,content,metadataURI\n${rows.join("\n")}\n`);
  const batch = page.getByTestId("batch-issue");
  await batch.getByLabel(/^Rows per transaction/).fill("10");
  await batch.getByTestId("batch-file").setInputFiles(csvPath);
  await expect(batch.getByTestId("batch-plan")).toHaveText(
    "30 valid rows: 0 already on chain (skipped), 30 to issue in 3 transactions.",
    { timeout: 20_000 },
  );
  await batch.getByRole("button", { name: "Issue 30 identifiers" }).click();
  await expect(batch.getByText("The wallet declined to sign.")).toBeVisible({ timeout: 60_000 });
  await expect(batch.getByTestId("batch-progress")).toHaveAttribute("data-done", "10");

  // 3. Reload: the run is offered again, the registry says 10 are done, the rest is sent.
  await page.reload();
  await expect(page.getByTestId("wallet-roles")).toContainText(`Signer for tenant ${tenant.id}`);
  await page.getByTestId("batch-unfinished").getByRole("button", { name: "Resume" }).click();
  await expect(batch.getByTestId("batch-plan")).toHaveText(
    "30 valid rows: 10 already on chain (skipped), 20 to issue in 2 transactions.",
    { timeout: 20_000 },
  );
  await batch.getByRole("button", { name: "Issue 20 identifiers" }).click();
  await expect(batch.getByTestId("batch-done")).toBeVisible({ timeout: 90_000 });
  await expect(batch.getByTestId("batch-progress")).toHaveAttribute("data-done", "30");

  // Every row is on chain exactly once, as in the file, issued by the signer.
  const ids = rows.map((r) => {
    const id = formatIdentifier(tenant.prefix, r.split(",")[0] as string);
    if (!id.ok) throw new Error(`bad row ${r}`);
    return id.value.value;
  });
  const events = await client.getContractEvents({
    address: registry,
    abi: identifierRegistryAbi,
    eventName: "IdentifierIssued",
    args: { tenantId: tenant.id, appId: app.id },
    fromBlock: 0n,
    strict: true,
  });
  for (const [i, id] of ids.entries()) {
    expect(events.filter((e) => e.args.identifier === id)).toHaveLength(1);
    const record = await client.readContract({
      address: registry,
      abi: identifierRegistryAbi,
      functionName: "getByIdentifier",
      args: [id],
    });
    expect(record.contentHash).toBe(keccak256(toBytes(`doc ${i}`)));
    expect(record.issuer).toBe(signer.address);
  }

  // Their labels: the sheet opens with the batch's 30 identifiers.
  await batch.getByRole("link", { name: "Print their labels" }).click();
  await expect(page.getByTestId("qr-label")).toHaveCount(30);
  await page.goBack();

  // 4. Revoke the single identifier with a reason; its resolve page says Revoked and why.
  const reason = `Recalled lot 7 (${tag})`;
  await page.getByLabel("Filter").fill(single.value.value);
  const row = page.locator(`[data-identifier="${single.value.value}"]`);
  await row.getByRole("button", { name: "Revoke…" }).click();
  await row.getByLabel(/^Reason/).fill(reason);
  await row.getByRole("button", { name: "Revoke", exact: true }).click();
  await expect(row.getByText(`Revoke ${single.value.value}? This cannot be undone.`)).toBeVisible();
  await row.getByRole("button", { name: "Yes, revoke" }).click();
  await expect(row.getByTestId("identifier-status")).toHaveText("Revoked", { timeout: 30_000 });
  await expect(row).toContainText(`Reason: ${reason}`);
  await row.getByRole("link", { name: single.value.value }).click();
  const verdict = page.getByTestId("verdict");
  await expect(verdict).toHaveAttribute("data-verdict", "revoked", { timeout: 15_000 });
  await expect(verdict).toContainText(reason);
});
