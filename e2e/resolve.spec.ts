import { devices } from "@playwright/test";
import { fault } from "./devnet-control.ts";
import { expect, test } from "./fixtures.ts";
import { seededIdentifiers, signedLink } from "./identifiers.ts";

test.use({ ...devices["Pixel 7"] });

test("a citizen opens QR links on a phone: authentic, revoked, tampered, mistyped, and offline", async ({
  page,
  network,
  baseURL,
}) => {
  const alpha = network.chains.find((c) => c.key === "alpha");
  if (!alpha || !baseURL) throw new Error("no alpha chain");
  const records = await seededIdentifiers(alpha);
  const active = records.find((r) => r.status === 1);
  const revoked = records.find((r) => r.status === 2);
  if (!active || !revoked)
    throw new Error("seed has no active and revoked identifiers in its first 60");
  const link = await signedLink(baseURL, alpha, active);
  const verdict = page.getByTestId("verdict");

  await page.goto(link);
  await expect(verdict).toHaveAttribute("data-verdict", "authentic");
  await expect(verdict).toContainText("Authentic");
  await expect(verdict).toContainText("Confirmed by 4 nodes");
  await expect(page.getByTestId("identifier-value")).toHaveText(active.identifier);
  // The trust list for offline checks is saved once the verdict is shown.
  await expect(page.getByTestId("offline-ready")).toBeVisible();

  await page.goto(`${baseURL}/id/${revoked.identifier}`);
  await expect(verdict).toHaveAttribute("data-verdict", "revoked");
  await expect(verdict).toContainText(revoked.revokeReason);

  // Another signature (one byte changed) no longer recovers the tenant's signer.
  const [path, fragment = ""] = link.split("#");
  const tampered = `${path}#${fragment.slice(0, -3)}${fragment.slice(-3, -2) === "A" ? "B" : "A"}${fragment.slice(-2)}`;
  await page.goto(tampered);
  await expect(verdict).toHaveAttribute("data-verdict", "invalid");

  const typo = `${active.identifier.slice(0, -1)}${active.identifier.endsWith("0") ? "1" : "0"}`;
  await page.goto(`${baseURL}/id/${typo}`);
  await expect(verdict).toHaveAttribute("data-verdict", "invalid");
  await expect(verdict).toContainText("check character");

  // The authentic visit saved the trust list; now no node of the chain answers.
  const ids = alpha.nodes.map((n) => `alpha-${n.code}`);
  for (const id of ids) await fault("stop", { node: id });
  try {
    await page.goto(link);
    await expect(verdict).toHaveAttribute("data-verdict", "verified-offline", { timeout: 15_000 });
    await expect(verdict).toContainText("Verified offline");
  } finally {
    for (const id of ids) await fault("restart", { node: id });
  }
});
