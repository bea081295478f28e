import { NetworkOverview } from "../features/network/components/network-overview.tsx";

export function NetworkRoute() {
  return <NetworkOverview />;
}
