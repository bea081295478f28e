import { useParams } from "wouter";
import { ConsoleShell } from "../features/console/components/console-shell.tsx";
import { TenantPage } from "../features/console/components/tenant-page.tsx";
import { parseId } from "../features/console/lib/parse-id.ts";

/** /console/:chain/tenants/:tenantId */
export function ConsoleTenantRoute() {
  const { chain = "", tenantId = "" } = useParams();
  return (
    <ConsoleShell chainKey={chain}>
      <TenantPage chainKey={chain} tenantId={parseId(tenantId)} />
    </ConsoleShell>
  );
}
