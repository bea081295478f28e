import { EndpointManager } from "../features/network/components/endpoint-manager.tsx";
import { useNetworkConfig } from "../lib/config/network-config-context.tsx";
import { AreaPlaceholder } from "./area-placeholder.tsx";

// TODO(#4): the overview, map, metrics and alerts; for now the node pools and their endpoints.
export function NetworkRoute() {
  const config = useNetworkConfig();
  return (
    <>
      <AreaPlaceholder area="network" />
      <div className="mt-6 grid gap-6">
        {config.chains.map((chain) => (
          <EndpointManager key={chain.key} chain={chain} />
        ))}
      </div>
    </>
  );
}
