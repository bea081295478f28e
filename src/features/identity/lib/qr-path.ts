import type { QrMatrix } from "../../../lib/identifier/qr-code.ts";

/** One SVG path drawing the dark modules of a QR matrix, offset by a quiet zone. */
export function qrPath(m: QrMatrix, margin = 4): string {
  const parts: string[] = [];
  for (let y = 0; y < m.size; y++) {
    for (let x = 0; x < m.size; x++) {
      if (m.dark(x, y)) parts.push(`M${x + margin} ${y + margin}h1v1h-1z`);
    }
  }
  return parts.join("");
}
