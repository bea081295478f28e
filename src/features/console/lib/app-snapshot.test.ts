import { describe, expect, it } from "vitest";
import { memoryStorage } from "../../../app/render-app.test-helper.tsx";
import { readAppSnapshot, writeAppSnapshot } from "./app-snapshot.ts";

describe("app snapshot", () => {
  it("behavior: round trip, and junk is ignored", () => {
    const storage = memoryStorage() as unknown as Storage;
    const s = {
      id: 11n,
      name: "Certificate Notary",
      kind: "certificate-notary",
      status: 1,
      tenantId: 5n,
      tenantName: "Sichuan Pepper Growers Union",
      quota: 50000,
      contracts: ["0x3BF9d3C0D5BAb03e286947041fb035e9936BD960"],
    };
    writeAppSnapshot(storage, 7701, s);
    expect(readAppSnapshot(storage, 7701, 11n)).toEqual(s);
    expect(readAppSnapshot(storage, 7702, 11n)).toBeUndefined();
    storage.setItem("bsn-console.app.7701.12", '{"name":1}');
    expect(readAppSnapshot(storage, 7701, 12n)).toBeUndefined();
  });
});
