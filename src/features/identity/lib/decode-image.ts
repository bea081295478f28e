/**
 * Finds a QR code in a photo. Phone photos are large and the code may fill little of them, so
 * the image is tried at a few sizes (largest first, capped for memory) until one decodes.
 * jsQR loads only when a photo is chosen.
 */
export async function decodeQrImage(
  file: Blob,
  sizes: readonly number[] = [1600, 1000, 600],
): Promise<string | undefined> {
  const [{ default: jsQR }, bitmap] = await Promise.all([import("jsqr"), createImageBitmap(file)]);
  try {
    for (const max of sizes) {
      const scale = Math.min(1, max / Math.max(bitmap.width, bitmap.height));
      const width = Math.max(1, Math.round(bitmap.width * scale));
      const height = Math.max(1, Math.round(bitmap.height * scale));
      const canvas = document.createElement("canvas");
      canvas.width = width;
      canvas.height = height;
      const ctx = canvas.getContext("2d", { willReadFrequently: true });
      if (!ctx) return undefined;
      ctx.drawImage(bitmap, 0, 0, width, height);
      const found = jsQR(ctx.getImageData(0, 0, width, height).data, width, height);
      if (found?.data) return found.data;
    }
    return undefined;
  } finally {
    bitmap.close();
  }
}
