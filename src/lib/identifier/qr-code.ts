import QRCode from "qrcode";

/**
 * QR codes for identifier links: error correction level Q (25 % of the code may be damaged or
 * covered), whole-pixel modules so scanners see sharp edges, and a quiet zone of 4 modules.
 */
export const QR_ERROR_CORRECTION = "Q" as const;

export type QrMatrix = { size: number; dark: (x: number, y: number) => boolean };

export function qrMatrix(text: string): QrMatrix {
  const code = QRCode.create(text, { errorCorrectionLevel: QR_ERROR_CORRECTION });
  const { size, data } = code.modules;
  return { size, dark: (x, y) => data[y * size + x] === 1 };
}

/** SVG markup for printing: one path of unit squares, scaled by the viewer, no raster blur. */
export async function qrSvg(text: string): Promise<string> {
  return QRCode.toString(text, {
    type: "svg",
    errorCorrectionLevel: QR_ERROR_CORRECTION,
    margin: 4,
  });
}

/** Pixels (RGBA) at `scale` pixels per module, quiet zone included: what a PNG encoder takes. */
export function qrPixels(
  text: string,
  scale = 8,
  margin = 4,
): { width: number; data: Uint8ClampedArray } {
  const m = qrMatrix(text);
  const modules = m.size + 2 * margin;
  const width = modules * scale;
  const data = new Uint8ClampedArray(width * width * 4).fill(255);
  for (let y = 0; y < m.size; y++) {
    for (let x = 0; x < m.size; x++) {
      if (!m.dark(x, y)) continue;
      for (let dy = 0; dy < scale; dy++) {
        const row = ((y + margin) * scale + dy) * width;
        for (let dx = 0; dx < scale; dx++) {
          const i = (row + (x + margin) * scale + dx) * 4;
          data[i] = 0;
          data[i + 1] = 0;
          data[i + 2] = 0;
        }
      }
    }
  }
  return { width, data };
}
