import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "../../../app/i18n/use-translation.ts";
import { Button } from "../../../components/ui/button.tsx";
import { type IdentifierErrorKind, parseIdentifier } from "../../../lib/identifier/identifier.ts";

/** Typed identifiers are checked (check character included) before any network call. */
export function ManualEntry(props: { onValid: (canonical: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState("");
  const [error, setError] = useState<IdentifierErrorKind | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const r = parseIdentifier(text);
    if (!r.ok) return setError(r.error.kind);
    setError(null);
    props.onValid(r.value.value);
  };
  return (
    <form onSubmit={submit} className="space-y-2">
      <label htmlFor={id} className="block font-medium">
        {t("identity.verify.manual")}
      </label>
      <div className="flex gap-2">
        <input
          id={id}
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder={t("identity.verify.manualPlaceholder")}
          autoCapitalize="characters"
          autoComplete="off"
          spellCheck={false}
          aria-invalid={error !== null}
          aria-describedby={`${id}-error`}
          className="min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-3 py-2 font-mono text-sm dark:border-slate-600 dark:bg-slate-900"
        />
        <Button type="submit" variant="primary">
          {t("identity.verify.check")}
        </Button>
      </div>
      <p id={`${id}-error`} role="status" className="text-sm text-red-700 dark:text-red-400">
        {error && t(`identity.verify.errors.${error}`)}
      </p>
    </form>
  );
}
