import { useParams } from "wouter";
import { ConsoleShell } from "../features/console/components/console-shell.tsx";
import { IdentifiersPage } from "../features/console/components/identifiers/identifiers-page.tsx";
import { parseId } from "../features/console/lib/parse-id.ts";

/** /console/:chain/apps/:appId/identifiers */
export function ConsoleAppIdentifiersRoute() {
  const { chain = "", appId = "" } = useParams();
  return (
    <ConsoleShell chainKey={chain}>
      <IdentifiersPage chainKey={chain} appId={parseId(appId)} />
    </ConsoleShell>
  );
}
