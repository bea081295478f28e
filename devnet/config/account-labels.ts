import { ORGANISATIONS, ROLE, USER_COUNT } from "../seed/organisations.ts";
import type { DevAccounts } from "./dev-accounts.ts";
import { DEVNET_CHAINS } from "./topology.ts";

/** Every dev account with a role, labelled for the app's account picker. */
export function accountLabels(accounts: DevAccounts): { label: string; address: string }[] {
  const out = [{ label: "Network admin", address: accounts.address(ROLE.admin) }];
  DEVNET_CHAINS.flatMap((c) => c.nodes).forEach((n, i) => {
    out.push({
      label: `Operator · ${n.city} ${n.code}`,
      address: accounts.address(ROLE.operator(i)),
    });
  });
  ORGANISATIONS.forEach((org, i) => {
    out.push({ label: `Owner · ${org.name}`, address: accounts.address(ROLE.owner(i)) });
    out.push({ label: `Signer · ${org.name}`, address: accounts.address(ROLE.signer(i)) });
  });
  for (let u = 0; u < USER_COUNT; u++) {
    out.push({ label: `Public user ${u + 1}`, address: accounts.address(ROLE.user(u)) });
  }
  return out;
}
