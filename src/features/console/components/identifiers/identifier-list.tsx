import { useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useTranslation } from "../../../../app/i18n/use-translation.ts";
import { Notice } from "../../../../components/ui/notice.tsx";
import { Spinner } from "../../../../components/ui/spinner.tsx";
import { identifierUrl } from "../../../../lib/format/urls.ts";
import { useChainHead, useChainRuntime } from "../../../../lib/rpc/network-runtime-context.tsx";
import { listBlock } from "../../lib/issue/list-block.ts";
import {
  appIdentifiersQueryOptions,
  type IssuedIdentifier,
} from "../../queries/app-identifiers.ts";
import { RevokeForm } from "./revoke-form.tsx";

const PAGE = 50;

/** The app's identifiers at the head, newest first, filterable; revoke from a row. */
export function IdentifierList(props: {
  chainKey: string;
  tenantId: bigint;
  appId: bigint;
  canRevoke: boolean;
  ownWrite: bigint;
  onMined: (block: bigint) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const rt = useChainRuntime(props.chainKey);
  const head = useChainHead(rt);
  const at = listBlock(head?.number ?? 0n, props.ownWrite);
  const query = useQuery({
    ...appIdentifiersQueryOptions(rt, props.tenantId, props.appId, at),
    enabled: head !== undefined,
    placeholderData: (previous) => previous,
  });
  const [filter, setFilter] = useState("");
  const [shown, setShown] = useState(PAGE);
  const [open, setOpen] = useState<string>();
  const all = query.data?.rows ?? [];
  const f = filter.trim().toUpperCase();
  const rows = f === "" ? all : all.filter((r) => r.identifier.includes(f));
  return (
    <section aria-labelledby={`${id}-title`} className="grid gap-2">
      <h2 id={`${id}-title`} className="text-lg font-medium">
        {t("console.list.title")}{" "}
        {query.data && (
          <span className="text-sm text-slate-500 dark:text-slate-400">
            ({all.length}, {t("console.tenants.atBlock", { block: query.data.at.toString() })})
          </span>
        )}
      </h2>
      <label className="text-sm">
        {t("console.list.filter")}{" "}
        <input
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
          className="rounded-md border border-slate-300 bg-white px-2 py-1 font-mono dark:border-slate-600 dark:bg-slate-800"
        />
      </label>
      {query.error && !query.data ? (
        <Notice>{t("console.list.error", { message: query.error.message })}</Notice>
      ) : !query.data ? (
        <Spinner />
      ) : rows.length === 0 ? (
        <Notice>{t(all.length === 0 ? "console.list.empty" : "console.list.noMatch")}</Notice>
      ) : (
        <ul className="grid gap-2 text-sm" data-testid="identifier-list">
          {rows.slice(0, shown).map((r) => (
            <IdentifierRow
              key={r.key}
              row={r}
              chainKey={props.chainKey}
              canRevoke={props.canRevoke}
              open={open === r.key}
              onToggle={() => setOpen(open === r.key ? undefined : r.key)}
              onMined={props.onMined}
            />
          ))}
        </ul>
      )}
      {rows.length > shown && (
        <button
          type="button"
          className="justify-self-start text-sm text-sky-700 underline dark:text-sky-400"
          onClick={() => setShown(shown + PAGE)}
        >
          {t("console.list.more", { count: rows.length - shown })}
        </button>
      )}
    </section>
  );
}

function IdentifierRow(props: {
  row: IssuedIdentifier;
  chainKey: string;
  canRevoke: boolean;
  open: boolean;
  onToggle: () => void;
  onMined: (block: bigint) => void;
}) {
  const { t } = useTranslation();
  const { row } = props;
  return (
    <li
      className="rounded-md border border-slate-200 bg-white p-2 dark:border-slate-700 dark:bg-slate-900"
      data-testid="identifier-row"
      data-identifier={row.identifier}
    >
      <div className="flex flex-wrap items-center gap-2">
        <a
          href={identifierUrl(row.identifier)}
          className="font-mono break-all text-sky-700 hover:underline dark:text-sky-400"
        >
          {row.identifier}
        </a>
        <span
          data-testid="identifier-status"
          className={`rounded px-1.5 text-xs ${row.revoked ? "bg-red-100 text-red-900 dark:bg-red-900 dark:text-red-100" : "bg-emerald-100 text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100"}`}
        >
          {row.revoked ? t("console.list.revoked") : t("console.list.active")}
        </span>
        <span className="text-slate-500 dark:text-slate-400">
          {t("console.list.block", { block: row.blockNumber.toString() })}
        </span>
        {props.canRevoke && !row.revoked && (
          <button
            type="button"
            className="ms-auto text-sky-700 underline dark:text-sky-400"
            aria-expanded={props.open}
            onClick={props.onToggle}
          >
            {t("console.revoke.open")}
          </button>
        )}
      </div>
      {row.revoked && (
        <p className="mt-1 break-words text-slate-600 dark:text-slate-300">
          {t("console.list.reason", { reason: row.revoked.reason })}
        </p>
      )}
      {props.open && !row.revoked && (
        <RevokeForm
          chainKey={props.chainKey}
          identifier={row.identifier}
          idKey={row.key}
          onDone={props.onMined}
        />
      )}
    </li>
  );
}
