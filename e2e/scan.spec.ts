import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, devices } from "@playwright/test";
import QRCode from "qrcode";
import { chromiumArgs, findChromium } from "../scripts/find-chromium.ts";
import { expect, test } from "./fixtures.ts";
import { seededIdentifiers, signedLink } from "./identifiers.ts";
import { writeQrVideo } from "./qr-video.ts";

test.use({ ...devices["Pixel 7"] });

/** A phone whose camera sees `text` as a QR code: Chromium's fake camera playing a video of it. */
async function phoneFilming(text: string) {
  const video = join(mkdtempSync(join(tmpdir(), "bsn-cam-")), "qr.y4m");
  writeQrVideo(video, text);
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: [
      ...chromiumArgs,
      "--use-fake-ui-for-media-stream",
      "--use-fake-device-for-media-stream",
      `--use-file-for-fake-video-capture=${video}`,
    ],
  });
  const context = await browser.newContext({ ...devices["Pixel 7"], permissions: ["camera"] });
  return { browser, page: await context.newPage() };
}

test("scanning a printed code with the phone camera opens its verdict", async ({
  network,
  baseURL,
}) => {
  const alpha = network.chains.find((c) => c.key === "alpha");
  if (!alpha || !baseURL) throw new Error("no alpha chain");
  const records = await seededIdentifiers(alpha);
  const active = records.find((r) => r.status === 1);
  const revoked = records.find((r) => r.status === 2);
  if (!active || !revoked) throw new Error("seed lacks identifiers");

  for (const [link, verdict] of [
    [await signedLink(baseURL, alpha, active), "authentic"],
    [`${baseURL}/id/${revoked.identifier}`, "revoked"],
  ] as const) {
    const { browser, page } = await phoneFilming(link);
    try {
      await page.goto(`${baseURL}/verify`);
      await page.getByRole("button", { name: "Scan with the camera" }).click();
      await expect(page.getByTestId("verdict")).toHaveAttribute("data-verdict", verdict, {
        timeout: 20_000,
      });
    } finally {
      await browser.close();
    }
  }
});

test("a photo of the code can be uploaded instead of using the camera", async ({
  page,
  network,
  baseURL,
}) => {
  const alpha = network.chains.find((c) => c.key === "alpha");
  if (!alpha || !baseURL) throw new Error("no alpha chain");
  const active = (await seededIdentifiers(alpha)).find((r) => r.status === 1);
  if (!active) throw new Error("seed lacks identifiers");
  const link = await signedLink(baseURL, alpha, active);
  const png = await QRCode.toBuffer(link, { errorCorrectionLevel: "Q", scale: 6 });
  await page.goto("/verify");
  await page
    .getByTestId("qr-upload")
    .setInputFiles({ name: "code.png", mimeType: "image/png", buffer: png });
  await expect(page.getByTestId("verdict")).toHaveAttribute("data-verdict", "authentic", {
    timeout: 15_000,
  });
});

test("typing an identifier is checked before any network call", async ({ page }) => {
  await page.goto("/verify");
  const input = page.getByLabel("Or type the identifier");
  await input.fill("156.0027.100042/PKG-2026-000731-X");
  await page.getByRole("button", { name: "Check" }).click();
  await expect(page.getByRole("status").filter({ hasText: "check character" })).toBeVisible();
  await expect(input).toHaveValue("156.0027.100042/PKG-2026-000731-X");
  await expect(page).toHaveURL(/\/verify$/);
});
