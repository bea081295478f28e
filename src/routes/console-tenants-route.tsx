import { useSearchParams } from "wouter";
import { ApplyTenantForm } from "../features/console/components/actions/apply-tenant-form.tsx";
import { ConsoleShell } from "../features/console/components/console-shell.tsx";
import { TenantDirectory } from "../features/console/components/tenant-directory.tsx";
import { useNetworkConfig } from "../lib/config/network-config-context.tsx";

/** /console/tenants?chain=…: every tenant of one chain, and applying as a new one. */
export function ConsoleTenantsRoute() {
  const config = useNetworkConfig();
  const [params, setParams] = useSearchParams();
  const chainKey = params.get("chain") ?? config.chains[0]?.key ?? "";
  return (
    <ConsoleShell chainKey={chainKey} onChainChange={(key) => setParams({ chain: key })}>
      <TenantDirectory chainKey={chainKey} />
      <ApplyTenantForm chainKey={chainKey} />
    </ConsoleShell>
  );
}
