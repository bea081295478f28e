import { writeFileSync } from "node:fs";
import { qrPixels } from "../src/lib/identifier/qr-code.ts";

/**
 * A Y4M video (what Chromium's fake camera plays) showing one QR code on white, at an integer
 * scale: fractional modules can defeat the decoder.
 */
export function writeQrVideo(path: string, text: string, width = 640, height = 480, frames = 5) {
  const probe = qrPixels(text, 1, 4);
  const scale = Math.max(1, Math.floor((Math.min(width, height) * 0.8) / probe.width));
  const qr = qrPixels(text, scale, 4);
  const y = new Uint8Array(width * height).fill(255);
  const left = Math.floor((width - qr.width) / 2);
  const top = Math.floor((height - qr.width) / 2);
  for (let row = 0; row < qr.width; row++) {
    for (let col = 0; col < qr.width; col++) {
      y[(top + row) * width + left + col] = qr.data[(row * qr.width + col) * 4] ?? 255;
    }
  }
  const chroma = new Uint8Array((width / 2) * (height / 2)).fill(128);
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`);
  const frame = Buffer.concat([Buffer.from("FRAME\n"), y, chroma, chroma]);
  writeFileSync(path, Buffer.concat([header, ...Array.from({ length: frames }, () => frame)]));
}
