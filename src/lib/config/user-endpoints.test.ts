import { describe, expect, it } from "vitest";
import {
  addUserEndpoint,
  readUserEndpoints,
  removeUserEndpoint,
  writeUserEndpoints,
} from "./user-endpoints.ts";

function memoryStorage() {
  const m = new Map<string, string>();
  return {
    getItem: (k: string) => m.get(k) ?? null,
    setItem: (k: string, v: string) => void m.set(k, v),
  };
}

describe("user endpoints", () => {
  it("behavior: added endpoints are remembered across reads", () => {
    const storage = memoryStorage();
    const added = addUserEndpoint({}, 7701, { url: "https://rpc.example.org", name: "Mine" }, []);
    expect(added.ok).toBe(true);
    if (added.ok) writeUserEndpoints(storage, added.value);
    expect(readUserEndpoints(storage)).toEqual({
      "7701": [{ url: "https://rpc.example.org", name: "Mine" }],
    });
  });

  it("error: a non-http URL is refused", () => {
    expect(addUserEndpoint({}, 7701, { url: "javascript:alert(1)", name: "x" }, [])).toEqual({
      ok: false,
      reason: "invalid-url",
    });
    expect(addUserEndpoint({}, 7701, { url: "not a url", name: "x" }, [])).toEqual({
      ok: false,
      reason: "invalid-url",
    });
  });

  it("error: a URL already configured is a duplicate, whatever its case or trailing slash", () => {
    expect(
      addUserEndpoint({}, 7701, { url: "HTTP://a.test/", name: "" }, ["http://a.test"]),
    ).toEqual({ ok: false, reason: "duplicate" });
  });

  it("behavior: damaged storage reads as empty", () => {
    const storage = memoryStorage();
    storage.setItem("bsn.userEndpoints.v1", "{not json");
    expect(readUserEndpoints(storage)).toEqual({});
    storage.setItem("bsn.userEndpoints.v1", JSON.stringify({ "7701": [{ url: "ftp://x" }] }));
    expect(readUserEndpoints(storage)).toEqual({});
  });

  it("behavior: remove drops only that URL", () => {
    const current = {
      "7701": [
        { url: "http://a.test", name: "a" },
        { url: "http://b.test", name: "b" },
      ],
    };
    expect(removeUserEndpoint(current, 7701, "http://a.test")).toEqual({
      "7701": [{ url: "http://b.test", name: "b" }],
    });
  });
});
