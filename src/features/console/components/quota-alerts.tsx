import { useEffect, useState } from "react";
import { useTranslation } from "../../../app/i18n/use-translation.ts";
import { useChainRuntime } from "../../../lib/rpc/network-runtime-context.tsx";
import { periodStart } from "../../../lib/usage/usage-series.ts";
import { useAccountRoles } from "../../../lib/wallet/use-account-roles.ts";
import { useTenantsAndApps } from "../hooks/use-registry-at-head.ts";
import { useUsageIndex } from "../hooks/use-usage-index.ts";
import { quotaAlerts, shouldNotify } from "../lib/quota-alerts.ts";
import { localOffsetMinutes } from "../lib/tenant-usage.ts";

const NOTIFY_KEY = "bsn-console.quota-notify";
const TONE = {
  80: "border-amber-300 bg-amber-50 text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100",
  90: "border-orange-300 bg-orange-50 text-orange-900 dark:border-orange-700 dark:bg-orange-950 dark:text-orange-100",
  100: "border-red-300 bg-red-50 text-red-900 dark:border-red-700 dark:bg-red-950 dark:text-red-100",
} as const;

/** In-app alerts for the connected owner's tenants near their quota, and optional browser notifications. */
export function QuotaAlerts(props: { chainKey: string }) {
  const { t } = useTranslation();
  const rt = useChainRuntime(props.chainKey);
  const roles = useAccountRoles(props.chainKey);
  const { data } = useTenantsAndApps(rt);
  const usage = useUsageIndex(rt);
  const [notify, setNotify] = useState(() => globalThis.localStorage?.getItem(NOTIFY_KEY) === "on");
  const [denied, setDenied] = useState(false);
  const offset = localOffsetMinutes();
  const now = Date.now() / 1000;
  const alerts =
    data && roles.ownerOf.length > 0
      ? quotaAlerts(usage.index, data.tenants, data.apps, roles.ownerOf, now, offset)
      : [];
  const day = periodStart(now, "day", offset);

  useEffect(() => {
    if (!notify || typeof Notification === "undefined" || Notification.permission !== "granted")
      return;
    for (const a of alerts) {
      const key = `${NOTIFY_KEY}.${rt.chainId}.${a.tenantId}`;
      if (!shouldNotify(localStorage.getItem(key), day, a.level)) continue;
      localStorage.setItem(key, `${day}:${a.level}`);
      new Notification(t("console.alerts.title"), {
        body: t("console.alerts.level", { ...a, tenant: a.tenant, count: a.count }),
      });
    }
    // Runs every render; the stored level per tenant and day keeps it to one notification each.
  }, [alerts, notify, day, rt.chainId, t]);

  if (alerts.length === 0) return null;
  return (
    <section aria-labelledby="quota-alerts-title" className="grid gap-2" data-testid="quota-alerts">
      <h2 id="quota-alerts-title" className="sr-only">
        {t("console.alerts.title")}
      </h2>
      {alerts.map((a) => (
        <p
          key={a.tenantId.toString()}
          role="alert"
          className={`rounded-md border p-3 text-sm ${TONE[a.level]}`}
        >
          {t("console.alerts.level", {
            tenant: a.tenant,
            percent: a.percent,
            count: a.count,
            quota: a.quota,
          })}
        </p>
      ))}
      {typeof Notification !== "undefined" && (
        <label className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            checked={notify}
            onChange={async (e) => {
              const on = e.target.checked;
              if (on && Notification.permission !== "granted") {
                const p = await Notification.requestPermission();
                setDenied(p !== "granted");
                if (p !== "granted") return;
              }
              setNotify(on);
              localStorage.setItem(NOTIFY_KEY, on ? "on" : "off");
            }}
          />
          {t("console.alerts.notify")}
          {denied && (
            <span className="text-red-700 dark:text-red-300">
              {t("console.alerts.notifyDenied")}
            </span>
          )}
        </label>
      )}
    </section>
  );
}
