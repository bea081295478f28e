import type { Hex } from "viem";
import { expect, it } from "vitest";
import { type Anvil, accounts, type Revert, type Role, revertOf } from "./anvil.ts";
import { type Contracts, type DecodedEvent, eventsOf, type Registries } from "./registries.ts";

/** The five roles every mutating function is tried with. */
export const roles = [
  "admin",
  "tenantOwner",
  "signer",
  "operator",
  "stranger",
] as const satisfies readonly Role[];

export type MatrixCase = {
  name: string;
  send: (c: Contracts) => Promise<Hex>;
  allowed: readonly Role[];
  /** Events an allowed caller's transaction emits, in order. */
  events: (caller: Hex) => DecodedEvent[];
  /** The custom error a refused caller gets; omit when every role is allowed. */
  refusal?: (caller: Hex, role: Role) => Revert;
};

/**
 * One test per case × role. The caller must restore the baseline snapshot before each test,
 * so every cell starts from the same state.
 */
export function roleMatrix(
  cases: readonly MatrixCase[],
  context: () => { anvil: Anvil; r: Registries },
): void {
  for (const c of cases) {
    it.each(roles)(`${c.name} as %s`, async (role) => {
      const { anvil, r } = context();
      const caller = accounts[role];
      if (c.allowed.includes(role)) {
        expect(await eventsOf(anvil, c.send(r.as(role)))).toEqual(c.events(caller));
      } else {
        if (!c.refusal) throw new Error(`${c.name}: ${role} is refused but no refusal is given`);
        expect(await revertOf(c.send(r.as(role)))).toEqual(c.refusal(caller, role));
      }
    });
  }
}
