import { type DragEvent, useId, useState } from "react";
import { type Hex, keccak256 } from "viem";
import { useResolveI18n } from "../resolve/resolve-i18n.ts";

/** Hashes a dropped or chosen file on the device and compares it with the record's hash. */
export function DocumentCheck({ expected }: { expected: Hex }) {
  const { t } = useResolveI18n();
  const id = useId();
  const [state, setState] = useState<
    { kind: "idle" | "hashing" } | { kind: "done"; match: boolean; name: string }
  >({ kind: "idle" });
  const check = async (file: File | undefined) => {
    if (!file) return;
    setState({ kind: "hashing" });
    const hash = keccak256(new Uint8Array(await file.arrayBuffer()));
    setState({
      kind: "done",
      match: hash.toLowerCase() === expected.toLowerCase(),
      name: file.name,
    });
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    void check(e.dataTransfer.files[0]);
  };
  return (
    <section
      aria-labelledby={`${id}-title`}
      onDragOver={(e) => e.preventDefault()}
      onDrop={onDrop}
      className="rounded-lg border border-dashed border-slate-300 p-4 dark:border-slate-700"
    >
      <h3 id={`${id}-title`} className="font-semibold">
        {t("document.title")}
      </h3>
      <p className="text-sm text-slate-600 dark:text-slate-300">{t("document.hint")}</p>
      <label className="mt-2 inline-block cursor-pointer rounded-md border border-slate-300 px-3 py-2 text-sm focus-within:ring-2 dark:border-slate-600">
        {t("document.choose")}
        <input type="file" className="sr-only" onChange={(e) => void check(e.target.files?.[0])} />
      </label>
      <p role="status" className="mt-2 text-sm" data-testid="document-result">
        {state.kind === "hashing" && t("document.hashing")}
        {state.kind === "done" && (
          <span
            className={
              state.match
                ? "text-emerald-700 dark:text-emerald-400"
                : "font-semibold text-red-700 dark:text-red-400"
            }
          >
            {state.name}: {t(state.match ? "document.match" : "document.mismatch")}
          </span>
        )}
      </p>
    </section>
  );
}
