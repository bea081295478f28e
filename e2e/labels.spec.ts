import jsQR from "jsqr";
import { PNG } from "pngjs";
import { expect, test } from "./fixtures.ts";
import { seededIdentifiers, signedLink } from "./identifiers.ts";

test("every label on the print sheet decodes back to its own URL", async ({
  page,
  network,
  baseURL,
}) => {
  const alpha = network.chains.find((c) => c.key === "alpha");
  if (!alpha || !baseURL) throw new Error("no alpha chain");
  const records = (await seededIdentifiers(alpha, 12)).slice(0, 5);
  const first = records[0];
  if (!first) throw new Error("no identifiers");
  const lines = [
    await signedLink(baseURL, alpha, first),
    ...records.slice(1).map((r) => r.identifier),
    "156.0027.1/NOT-VALID-Q",
  ];
  await page.goto("/verify/labels");
  await page.getByLabel("Identifiers or signed links, one per line").fill(lines.join("\n"));
  await page.getByLabel("Label size").selectOption("35");
  await expect(page.getByText("Line 6:")).toBeVisible();
  const labels = page.getByTestId("qr-label");
  await expect(labels).toHaveCount(5);
  for (let i = 0; i < 5; i++) {
    const label = labels.nth(i);
    const png = PNG.sync.read(await label.locator("svg").screenshot());
    const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
    expect(decoded).toBe(await label.getAttribute("data-url"));
    await expect(label.locator("figcaption")).toHaveText(records[i]?.identifier ?? "");
  }
});
