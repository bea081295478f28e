import { useId, useState } from "react";
import type { Hex } from "viem";
import { useTranslation } from "../../../../app/i18n/use-translation.ts";
import { canonicalJson, hashBytes, hashText } from "../../lib/issue/content-hash.ts";

/** Largest file hashed in the browser (it is read whole into memory). */
const MAX_FILE_BYTES = 50 * 1024 * 1024;

type Source = "file" | "json";

/**
 * The content hash of an identifier, computed on this device: from a chosen or dropped file
 * (its bytes), or from JSON typed here (canonical form). Nothing is uploaded.
 */
export function ContentInput(props: { onHash: (hash: Hex | undefined) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [source, setSource] = useState<Source>("file");
  const [file, setFile] = useState<{ name: string; hash: Hex } | { error: string }>();
  const [json, setJson] = useState("");
  const canonical = json.trim() === "" ? undefined : canonicalJson(json);

  const choose = (next: Source) => {
    setSource(next);
    props.onHash(
      next === "file"
        ? file && "hash" in file
          ? file.hash
          : undefined
        : canonical?.ok
          ? hashText(canonical.text)
          : undefined,
    );
  };
  const readFile = async (f: File | undefined) => {
    if (!f) return;
    if (f.size > MAX_FILE_BYTES) {
      setFile({ error: t("console.issue.fileTooLarge", { mb: MAX_FILE_BYTES / 1024 / 1024 }) });
      props.onHash(undefined);
      return;
    }
    const hash = hashBytes(new Uint8Array(await f.arrayBuffer()));
    setFile({ name: f.name, hash });
    props.onHash(hash);
  };
  const typeJson = (text: string) => {
    setJson(text);
    const c = text.trim() === "" ? undefined : canonicalJson(text);
    props.onHash(c?.ok ? hashText(c.text) : undefined);
  };

  return (
    <fieldset className="grid gap-2">
      <legend className="text-slate-700 dark:text-slate-200">{t("console.issue.content")}</legend>
      <div className="flex flex-wrap gap-4">
        {(["file", "json"] as const).map((s) => (
          <label key={s} className="inline-flex items-center gap-1">
            <input
              type="radio"
              name={`${id}-source`}
              checked={source === s}
              onChange={() => choose(s)}
            />
            {t(s === "file" ? "console.issue.fromFile" : "console.issue.fromJson")}
          </label>
        ))}
      </div>
      {source === "file" ? (
        <label
          className="block rounded-md border-2 border-dashed border-slate-300 p-3 text-center dark:border-slate-600"
          onDragOver={(e) => e.preventDefault()}
          onDrop={(e) => {
            e.preventDefault();
            void readFile(e.dataTransfer.files[0]);
          }}
        >
          <span className="block">{t("console.issue.dropFile")}</span>
          <input
            type="file"
            className="mt-2 block w-full text-sm"
            data-testid="content-file"
            onChange={(e) => void readFile(e.target.files?.[0])}
          />
        </label>
      ) : (
        <div>
          <label htmlFor={`${id}-json`} className="block">
            {t("console.issue.jsonLabel")}
          </label>
          <textarea
            id={`${id}-json`}
            rows={4}
            value={json}
            spellCheck={false}
            aria-invalid={canonical && !canonical.ok ? true : undefined}
            onChange={(e) => typeJson(e.target.value)}
            className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 font-mono dark:border-slate-600 dark:bg-slate-800"
          />
          {canonical && !canonical.ok && (
            <p className="mt-1 text-red-700 dark:text-red-300">
              {t("console.issue.badJson", { message: canonical.message })}
            </p>
          )}
        </div>
      )}
      {source === "file" && file && "error" in file && (
        <p className="text-red-700 dark:text-red-300">{file.error}</p>
      )}
      <ContentHashLine
        hash={
          source === "file"
            ? file && "hash" in file
              ? file.hash
              : undefined
            : canonical?.ok
              ? hashText(canonical.text)
              : undefined
        }
      />
    </fieldset>
  );
}

function ContentHashLine(props: { hash: Hex | undefined }) {
  const { t } = useTranslation();
  return (
    <p className="text-slate-600 dark:text-slate-300" data-testid="content-hash">
      {t("console.issue.contentHash")}{" "}
      <span className="font-mono break-all">{props.hash ?? t("console.issue.noHash")}</span>
    </p>
  );
}
