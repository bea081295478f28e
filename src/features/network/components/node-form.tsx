import { useId, useState } from "react";
import { useTranslation } from "../../../app/i18n/use-translation.ts";
import { type NodeFormFields, type NodeFormValue, parseNodeForm } from "../lib/node-form.ts";

const FIELD =
  "mt-1 w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-sm aria-[invalid=true]:border-red-500 dark:border-slate-600 dark:bg-slate-900";

const KEYS = ["code", "name", "city", "lat", "lon", "operator", "rpcUrl"] as const;

/** Register (all fields) or update (code and operator fixed) a city node. */
export function NodeForm(props: {
  initial: NodeFormFields;
  mode: "register" | "update";
  busy: boolean;
  onSubmit: (value: NodeFormValue) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [fields, setFields] = useState(props.initial);
  const [invalid, setInvalid] = useState<string[]>([]);
  const fixed = (k: (typeof KEYS)[number]) =>
    props.mode === "update" && (k === "code" || k === "operator");
  return (
    <form
      className="grid gap-3 text-sm"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const parsed = parseNodeForm(fields);
        if (!parsed.ok) {
          setInvalid(parsed.invalid);
          return;
        }
        setInvalid([]);
        props.onSubmit(parsed.value);
      }}
    >
      <div className="grid gap-3 sm:grid-cols-2">
        {KEYS.map((k) => (
          <label
            key={k}
            htmlFor={`${id}-${k}`}
            className={k === "rpcUrl" || k === "operator" ? "sm:col-span-2" : ""}
          >
            {t(`monitor.governance.${k}`)}
            <input
              id={`${id}-${k}`}
              name={k}
              className={FIELD}
              value={fields[k]}
              readOnly={fixed(k)}
              aria-invalid={invalid.includes(k)}
              inputMode={k === "lat" || k === "lon" || k === "code" ? "decimal" : undefined}
              onChange={(e) => setFields({ ...fields, [k]: e.target.value })}
            />
          </label>
        ))}
      </div>
      {invalid.length > 0 && (
        <p role="alert" className="text-red-700 dark:text-red-300">
          {t("monitor.governance.invalid")}
        </p>
      )}
      <div>
        <button
          type="submit"
          disabled={props.busy}
          className="rounded-md bg-sky-700 px-3 py-1.5 font-medium text-white hover:bg-sky-800 disabled:opacity-50"
        >
          {t(
            props.mode === "register"
              ? "monitor.governance.submitRegister"
              : "monitor.governance.submitUpdate",
          )}
        </button>
      </div>
    </form>
  );
}
