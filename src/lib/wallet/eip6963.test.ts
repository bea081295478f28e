import { describe, expect, it } from "vitest";
import { createInjectedStore } from "./eip6963.ts";

const provider = { request: async () => null };
const announce = (target: EventTarget, detail: unknown) =>
  target.dispatchEvent(Object.assign(new Event("eip6963:announceProvider"), { detail }));

describe("createInjectedStore", () => {
  it("behavior: asks once, keeps every wallet announced, ignores repeats and junk", () => {
    const target = new EventTarget();
    let asked = 0;
    target.addEventListener("eip6963:requestProvider", () => asked++);
    const store = createInjectedStore(target);
    let changes = 0;
    store.subscribe(() => changes++);
    announce(target, {
      info: { uuid: "a", name: "Alpha", icon: "data:image/svg+xml;base64,AA==", rdns: "x.a" },
      provider,
    });
    announce(target, { info: { uuid: "a", name: "Alpha again" }, provider });
    announce(target, {
      info: { uuid: "b", name: "", icon: "javascript:alert(1)", rdns: "x.b" },
      provider,
    });
    announce(target, { info: { uuid: "c", name: "No provider" } });
    expect(asked).toBe(1);
    expect(changes).toBe(2);
    expect(
      store.getSnapshot().map(({ id, name, icon, rdns }) => ({ id, name, icon, rdns })),
    ).toEqual([
      { id: "a", name: "Alpha", icon: "data:image/svg+xml;base64,AA==", rdns: "x.a" },
      { id: "b", name: "Wallet", icon: undefined, rdns: "x.b" },
    ]);
    store.stop();
    announce(target, { info: { uuid: "d", name: "Late" }, provider });
    expect(store.getSnapshot()).toHaveLength(2);
  });
});
