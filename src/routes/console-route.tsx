import { Navigate } from "react-router";

/** /console opens the tenant directory. */
export function ConsoleRoute() {
  return <Navigate to="/console/tenants" replace />;
}
