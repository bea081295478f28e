import type { Html5Qrcode } from "html5-qrcode";
import { useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "../../../app/i18n/use-translation.ts";
import { Button } from "../../../components/ui/button.tsx";

type Props = { onDecoded: (text: string) => void; onStop: () => void };

/**
 * The camera viewfinder. html5-qrcode loads only when the user asks for the camera. Start and
 * stop are serialised through one promise chain, so React's double mount in development (or a
 * fast stop-start) can never leave a second stream running.
 */
export function CameraScanner({ onDecoded, onStop }: Props) {
  const { t } = useTranslation();
  // React ids contain characters (":", "«") that are not safe in the selectors the library uses.
  const id = useId().replace(/[^a-zA-Z0-9_-]/g, "");
  const scanner = useRef<Html5Qrcode | null>(null);
  const chain = useRef<Promise<unknown>>(Promise.resolve());
  const decoded = useRef(onDecoded);
  decoded.current = onDecoded;
  const [cameras, setCameras] = useState<{ id: string; label: string }[]>([]);
  const [camera, setCamera] = useState<string | undefined>(undefined);
  const [torch, setTorch] = useState<{ supported: boolean; on: boolean }>({
    supported: false,
    on: false,
  });
  const [status, setStatus] = useState<
    { kind: "starting" | "running" } | { kind: "failed"; message: string }
  >({ kind: "starting" });

  useEffect(() => {
    let cancelled = false;
    const stop = async () => {
      const s = scanner.current;
      scanner.current = null;
      if (s?.isScanning) await s.stop().catch(() => undefined);
      s?.clear();
    };
    chain.current = chain.current.then(async () => {
      await stop();
      if (cancelled) return;
      const { Html5Qrcode } = await import("html5-qrcode");
      if (cancelled) return;
      const s = new Html5Qrcode(`scanner-${id}`, { verbose: false });
      scanner.current = s;
      try {
        // The rear camera unless the user chose one.
        await s.start(
          camera ?? { facingMode: "environment" },
          {
            fps: 10,
            qrbox: (w, h) => ({
              width: Math.floor(Math.min(w, h) * 0.8),
              height: Math.floor(Math.min(w, h) * 0.8),
            }),
          },
          (text) => decoded.current(text),
          undefined,
        );
        if (cancelled) return stop();
        setStatus({ kind: "running" });
        const torchFeature = s.getRunningTrackCameraCapabilities().torchFeature();
        setTorch({ supported: torchFeature.isSupported(), on: false });
        setCameras(await Html5Qrcode.getCameras().catch(() => []));
      } catch (e) {
        setStatus({ kind: "failed", message: e instanceof Error ? e.message : String(e) });
      }
    });
    return () => {
      cancelled = true;
      chain.current = chain.current.then(stop);
    };
  }, [camera, id]);

  const toggleTorch = async () => {
    const feature = scanner.current?.getRunningTrackCameraCapabilities().torchFeature();
    await feature?.apply(!torch.on).catch(() => undefined);
    setTorch((x) => ({ ...x, on: !x.on }));
  };
  const next = () => {
    if (cameras.length < 2) return;
    const at = cameras.findIndex((c) => c.id === camera);
    setCamera(cameras[(at + 1) % cameras.length]?.id);
  };

  return (
    <div className="space-y-2">
      {/* html5-qrcode decodes at the displayed size: the box needs a real width. */}
      <div
        id={`scanner-${id}`}
        data-testid="camera-viewfinder"
        className="w-full max-w-md overflow-hidden rounded-lg bg-black"
        style={{ minHeight: 240 }}
      />
      <p role="status" className="text-sm">
        {status.kind === "starting" && t("identity.verify.cameraStarting")}
        {status.kind === "failed" && t("identity.verify.cameraDenied", { message: status.message })}
      </p>
      <div className="flex flex-wrap gap-2">
        <Button onClick={onStop}>{t("identity.verify.stopCamera")}</Button>
        {cameras.length > 1 && <Button onClick={next}>{t("identity.verify.switchCamera")}</Button>}
        {torch.supported && (
          <Button onClick={() => void toggleTorch()} aria-pressed={torch.on}>
            {t(torch.on ? "identity.verify.torchOff" : "identity.verify.torchOn")}
          </Button>
        )}
      </div>
    </div>
  );
}
