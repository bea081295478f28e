import { AreaPlaceholder } from "./area-placeholder.tsx";

// TODO(Verify issue): the verify area's screens.
export function VerifyRoute() {
  return <AreaPlaceholder area="verify" />;
}
