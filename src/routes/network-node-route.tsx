import { useParams } from "wouter";
import { NodePage } from "../features/network/components/node-page.tsx";

export function NetworkNodeRoute() {
  const { nodeId = "" } = useParams();
  return <NodePage nodeId={nodeId} />;
}
