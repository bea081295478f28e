import { Link, useLocation } from "wouter";
import { AlertBadge } from "../../features/network/components/alert-badge.tsx";
import { useTranslation } from "../i18n/use-translation.ts";

const AREAS = [
  { to: "/network", key: "nav.network" },
  { to: "/explorer", key: "nav.explorer" },
  { to: "/console", key: "nav.console" },
  // The resolver route belongs to the Verify area.
  { to: "/verify", key: "nav.verify", alsoUnder: "/id/" },
] as const;

const LINK =
  "block rounded-md px-3 py-2 text-sm font-medium text-slate-600 hover:bg-slate-100 hover:text-slate-900 dark:text-slate-300 dark:hover:bg-slate-800 dark:hover:text-white";
const ACTIVE = "bg-sky-50 text-sky-800 dark:bg-sky-950 dark:text-sky-200";

export function MainNav(props: { id?: string; layout: "row" | "column" }) {
  const { t } = useTranslation();
  const [pathname] = useLocation();
  return (
    <nav id={props.id} aria-label={t("nav.label")}>
      <ul className={props.layout === "row" ? "flex items-center gap-1" : "flex flex-col gap-1"}>
        {AREAS.map((area) => {
          const active =
            pathname === area.to ||
            pathname.startsWith(`${area.to}/`) ||
            ("alsoUnder" in area && pathname.startsWith(area.alsoUnder));
          return (
            <li key={area.to}>
              <Link
                to={area.to}
                aria-current={active ? "page" : undefined}
                className={`${LINK} ${active ? ACTIVE : ""}`}
              >
                {t(area.key)}
                {area.to === "/network" && <AlertBadge />}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
