import { Redirect } from "wouter";

/** /console opens the tenant directory. */
export function ConsoleRoute() {
  return <Redirect to="/console/tenants" replace />;
}
