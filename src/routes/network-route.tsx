import { AreaPlaceholder } from "./area-placeholder.tsx";

// TODO(Network issue): the network area's screens.
export function NetworkRoute() {
  return <AreaPlaceholder area="network" />;
}
