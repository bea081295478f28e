import { AreaPlaceholder } from "./area-placeholder.tsx";

// TODO(Explorer issue): the explorer area's screens.
export function ExplorerRoute() {
  return <AreaPlaceholder area="explorer" />;
}
