import { useState } from "react";
import { useTranslation } from "../../../app/i18n/use-translation.ts";
import { decodeQrImage } from "../lib/decode-image.ts";

/** Fallback when there is no camera: decode a photo of the code, on the device. */
export function ImageUpload(props: { onDecoded: (text: string) => void }) {
  const { t } = useTranslation();
  const [failed, setFailed] = useState(false);
  const scan = async (file: File | undefined) => {
    if (!file) return;
    setFailed(false);
    const text = await decodeQrImage(file).catch(() => undefined);
    if (text) props.onDecoded(text);
    else setFailed(true);
  };
  return (
    <div>
      <label className="inline-block cursor-pointer rounded-md border border-slate-300 px-3 py-2 text-sm focus-within:ring-2 focus-within:ring-sky-600 dark:border-slate-600">
        {t("identity.verify.upload")}
        <input
          type="file"
          accept="image/*"
          className="sr-only"
          data-testid="qr-upload"
          onChange={(e) => void scan(e.target.files?.[0])}
        />
      </label>
      {failed && (
        <p role="alert" className="mt-2 text-sm text-red-700 dark:text-red-400">
          {t("identity.verify.uploadFailed")}
        </p>
      )}
    </div>
  );
}
