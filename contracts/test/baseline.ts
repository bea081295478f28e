import { afterAll, beforeAll, beforeEach } from "vitest";
import { type Anvil, snapshotter, startAnvil } from "./anvil.ts";
import { deployRegistries, type Registries, seedBaseline } from "./registries.ts";

export type Context = { anvil: Anvil; r: Registries };

/**
 * One anvil per test file, seeded once; every test starts from the seeded snapshot.
 * Returns a getter because the context exists only once beforeAll has run.
 */
export function withBaseline(): () => Context {
  let anvil: Anvil | undefined;
  let context: Context | undefined;
  let restore: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    anvil = await startAnvil();
    const r = await deployRegistries(anvil);
    await seedBaseline(anvil, r);
    restore = (await snapshotter(anvil)).restore;
    context = { anvil, r };
  });
  beforeEach(async () => {
    await restore?.();
  });
  afterAll(async () => {
    await anvil?.stop();
  });

  return () => {
    if (!context) throw new Error("baseline not ready (beforeAll failed?)");
    return context;
  };
}
