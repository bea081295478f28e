import jsQR from "jsqr";
import { describe, expect, it } from "vitest";
import { formatIdentifier } from "./identifier.ts";
import { qrPixels, qrSvg } from "./qr-code.ts";
import { buildResolverUrl } from "./resolver-url.ts";

const id = formatIdentifier("156.0027.100042", "PKG-2026-000731");
if (!id.ok) throw new Error("fixture");
const proof = {
  contentHash: `0x${"ab".repeat(32)}` as const,
  signature: `0x${"cd".repeat(65)}` as const,
};
const url = buildResolverUrl("https://bsn.example.org", id.value.value, proof);

describe("QR codes", () => {
  it("behavior: a printed code decodes back to the same URL", () => {
    const { width, data } = qrPixels(url, 4);
    expect(jsQR(data, width, width)?.data).toBe(url);
  });

  it("behavior: level Q survives a covered corner of the data area", () => {
    const { width, data } = qrPixels(url, 4);
    // Blank a block in the lower-right data region (away from the finder patterns).
    for (let y = Math.floor(width * 0.7); y < Math.floor(width * 0.8); y++) {
      for (let x = Math.floor(width * 0.7); x < Math.floor(width * 0.8); x++)
        data.fill(255, (y * width + x) * 4, (y * width + x) * 4 + 3);
    }
    expect(jsQR(data, width, width)?.data).toBe(url);
  });

  it("behavior: the SVG is one vector path, not a raster", async () => {
    const svg = await qrSvg(url);
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg).toContain("<path");
    expect(svg).not.toContain("<image");
  });
});
