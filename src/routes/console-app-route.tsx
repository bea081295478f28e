import { useParams } from "wouter";
import { AppPage } from "../features/console/components/app-page.tsx";
import { ConsoleShell } from "../features/console/components/console-shell.tsx";
import { parseId } from "../features/console/lib/parse-id.ts";

/** /console/:chain/apps/:appId */
export function ConsoleAppRoute() {
  const { chain = "", appId = "" } = useParams();
  return (
    <ConsoleShell chainKey={chain}>
      <AppPage chainKey={chain} appId={parseId(appId)} />
    </ConsoleShell>
  );
}
