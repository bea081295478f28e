import { useMemo } from "react";
import { qrMatrix } from "../../../lib/identifier/qr-code.ts";
import { qrPath } from "../lib/qr-path.ts";

/**
 * A printable label: the QR code (vector, so it stays sharp at 25–35 mm) with the identifier
 * printed under it for people and for manual entry.
 */
export function QrLabel(props: { url: string; identifier: string; sizeMm: number }) {
  const { size, d } = useMemo(() => {
    const m = qrMatrix(props.url);
    return { size: m.size + 8, d: qrPath(m) };
  }, [props.url]);
  return (
    <figure
      className="flex flex-col items-center break-inside-avoid bg-white p-1 text-black"
      style={{ width: `${props.sizeMm}mm` }}
      data-testid="qr-label"
      data-url={props.url}
    >
      <svg
        viewBox={`0 0 ${size} ${size}`}
        width={`${props.sizeMm}mm`}
        height={`${props.sizeMm}mm`}
        role="img"
        aria-label={props.identifier}
        shapeRendering="crispEdges"
      >
        <rect width={size} height={size} fill="#fff" />
        <path d={d} fill="#000" />
      </svg>
      <figcaption
        className="mt-0.5 text-center font-mono leading-tight break-all"
        style={{ fontSize: `${Math.max(1.6, props.sizeMm / 14)}mm` }}
      >
        {props.identifier}
      </figcaption>
    </figure>
  );
}
