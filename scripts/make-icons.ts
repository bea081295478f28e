import { writeFileSync } from "node:fs";
import { PNG } from "pngjs";

/**
 * The PWA's icons: the logo mark (a hexagon ring on the brand blue) rasterised at the sizes
 * browsers require to install an app. Run once; the PNGs are committed under public/.
 */
function icon(size: number): Buffer {
  const png = new PNG({ width: size, height: size });
  const c = size / 2;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const dx = Math.abs(x + 0.5 - c) / c;
      const dy = Math.abs(y + 0.5 - c) / c;
      // Hexagon "radius" (pointy-top): max of the vertical and slanted edges.
      const r = Math.max(dx * 0.866 + dy * 0.5, dy);
      const ring = r > 0.42 && r < 0.58;
      const dot = r < 0.18;
      const i = (y * size + x) * 4;
      const [red, green, blue] = ring || dot ? [255, 255, 255] : [3, 105, 161];
      png.data[i] = red;
      png.data[i + 1] = green;
      png.data[i + 2] = blue;
      png.data[i + 3] = 255;
    }
  }
  return PNG.sync.write(png);
}

for (const size of [192, 512]) writeFileSync(`public/icon-${size}.png`, icon(size));
