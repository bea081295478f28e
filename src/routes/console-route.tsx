import { AreaPlaceholder } from "./area-placeholder.tsx";

// TODO(Console issue): the console area's screens.
export function ConsoleRoute() {
  return <AreaPlaceholder area="console" />;
}
