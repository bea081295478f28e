import { lazy, Suspense, useCallback, useRef, useState } from "react";
import { useTranslation } from "../../../app/i18n/use-translation.ts";
import { Button } from "../../../components/ui/button.tsx";
import { PageHeader } from "../../../components/ui/page-header.tsx";
import { useDocumentTitle } from "../../../components/ui/use-document-title.ts";
import { identifierUrl } from "../../../lib/format/urls.ts";
import { scannedTarget } from "../lib/scanned-target.ts";
import { ImageUpload } from "./image-upload.tsx";
import { ManualEntry } from "./manual-entry.tsx";

const CameraScanner = lazy(async () => ({
  default: (await import("./camera-scanner.tsx")).CameraScanner,
}));

/** `/verify`, phone first: camera, photo upload, or typing; each ends on the verdict page. */
export function VerifyPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("identity.verify.title"), t("app.name"));
  const [camera, setCamera] = useState(false);
  const [continuous, setContinuous] = useState(false);
  const [scanned, setScanned] = useState<{ n: number; path: string }[]>([]);
  const [notOurs, setNotOurs] = useState<string | null>(null);
  const last = useRef("");

  const handle = useCallback(
    (text: string) => {
      if (text === last.current) return; // the same code seen on consecutive frames
      last.current = text;
      const target = scannedTarget(text);
      if (!target.ok) return setNotOurs(target.text);
      setNotOurs(null);
      if (continuous)
        setScanned((s) => [{ n: (s[0]?.n ?? 0) + 1, path: target.path }, ...s].slice(0, 50));
      // The verdict screen is a page of its own (src/main.tsx), so this is a page load.
      else window.location.assign(target.path);
    },
    [continuous],
  );

  return (
    <section aria-labelledby="verify-title" className="mx-auto max-w-2xl space-y-6">
      <PageHeader
        id="verify-title"
        title={t("identity.verify.title")}
        description={t("identity.verify.purpose")}
      />
      {camera ? (
        <Suspense fallback={<p role="status">{t("identity.verify.cameraStarting")}</p>}>
          <CameraScanner onDecoded={handle} onStop={() => setCamera(false)} />
        </Suspense>
      ) : (
        <Button
          variant="primary"
          className="w-full py-3 text-base sm:w-auto"
          onClick={() => setCamera(true)}
        >
          {t("identity.verify.startCamera")}
        </Button>
      )}
      <label className="flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          checked={continuous}
          onChange={(e) => setContinuous(e.target.checked)}
        />
        {t("identity.verify.continuous")}
      </label>
      {notOurs && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {t("identity.verify.notOurs", { text: notOurs })}
        </p>
      )}
      {scanned.length > 0 && (
        <ol className="space-y-1 text-sm" aria-label={t("identity.verify.scanned")}>
          {scanned.map(({ n, path }) => (
            <li key={n}>
              <a className="font-mono underline" href={path}>
                {path.replace(/^\/id\//, "").split("#")[0]}
              </a>
            </li>
          ))}
        </ol>
      )}
      <ImageUpload onDecoded={handle} />
      <ManualEntry onValid={(id) => window.location.assign(identifierUrl(id))} />
    </section>
  );
}
