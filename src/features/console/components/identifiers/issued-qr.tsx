import { useEffect, useState } from "react";
import { useTranslation } from "../../../../app/i18n/use-translation.ts";
import { qrPixels, qrSvg } from "../../../../lib/identifier/qr-code.ts";
import { useChainHead, useChainRuntime } from "../../../../lib/rpc/network-runtime-context.tsx";

/** A PNG of the QR code, drawn from its pixels on a canvas. */
function pngDataUrl(url: string): string | undefined {
  const { width, data } = qrPixels(url, 8);
  const canvas = document.createElement("canvas");
  canvas.width = width;
  canvas.height = width;
  const ctx = canvas.getContext("2d");
  if (!ctx) return undefined;
  ctx.putImageData(new ImageData(new Uint8ClampedArray(data), width, width), 0, 0);
  return canvas.toDataURL("image/png");
}

const fileName = (identifier: string) => identifier.replace(/[^A-Za-z0-9.-]+/g, "_");

/**
 * The issued identifier's QR code (the resolver link, signed when the wallet signed it), with SVG
 * and PNG downloads and a link to its resolve page. The SVG is shown as an image, never as markup.
 */
export function IssuedQr(props: {
  identifier: string;
  url: string;
  path: string;
  signed: boolean;
  chainKey: string;
  /** The block the issue was mined in: the resolve page reads at this browser's head. */
  minedAt: bigint | undefined;
}) {
  const { t } = useTranslation();
  const head = useChainHead(useChainRuntime(props.chainKey));
  // Until this browser's head has the block, its resolve page would still say Unknown.
  const resolvable =
    props.minedAt === undefined || (head !== undefined && head.number >= props.minedAt);
  const [svg, setSvg] = useState<string>();
  useEffect(() => {
    let live = true;
    void qrSvg(props.url).then((s) => {
      if (live) setSvg(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(s)}`);
    });
    return () => {
      live = false;
    };
  }, [props.url]);
  const [png, setPng] = useState<string>();
  useEffect(() => setPng(pngDataUrl(props.url)), [props.url]);
  const link =
    "rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800";
  return (
    <figure className="grid justify-items-start gap-2" data-testid="issued-qr" data-url={props.url}>
      {svg && (
        <img
          src={svg}
          alt={props.identifier}
          className="h-40 w-40 bg-white"
          width={160}
          height={160}
        />
      )}
      <figcaption className="font-mono text-sm break-all">{props.identifier}</figcaption>
      <p className="text-sm text-slate-600 dark:text-slate-300">
        {t(props.signed ? "console.issue.signedLink" : "console.issue.unsignedLink")}
      </p>
      <div className="flex flex-wrap gap-2">
        {svg && (
          <a className={link} href={svg} download={`${fileName(props.identifier)}.svg`}>
            {t("console.issue.downloadSvg")}
          </a>
        )}
        {png && (
          <a className={link} href={png} download={`${fileName(props.identifier)}.png`}>
            {t("console.issue.downloadPng")}
          </a>
        )}
        {resolvable ? (
          <a className={link} href={props.path} data-testid="issued-resolve-link">
            {t("console.issue.openResolve")}
          </a>
        ) : (
          <span className="px-3 py-1.5 text-sm text-slate-600 dark:text-slate-300" role="status">
            {t("console.issue.waitingForHead", { block: props.minedAt?.toString() })}
          </span>
        )}
      </div>
    </figure>
  );
}
