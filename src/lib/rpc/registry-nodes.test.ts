import { describe, expect, it } from "vitest";
import { registryPoolNodes } from "./registry-nodes.ts";

describe("registryPoolNodes", () => {
  it("behavior: active and maintenance nodes with new http(s) URLs join", () => {
    expect(
      registryPoolNodes(
        [
          { code: "0010", name: "Beijing", rpcUrl: "http://127.0.0.1:8601", status: 1 },
          { code: "0021", name: "Shanghai", rpcUrl: "https://sh.example.org/rpc", status: 2 },
        ],
        ["http://127.0.0.1:8601/"],
      ),
    ).toEqual([
      { url: "https://sh.example.org/rpc", name: "Shanghai", code: "0021", source: "registry" },
    ]);
  });

  it("behavior: retired nodes, non-http URLs and garbage are ignored", () => {
    expect(
      registryPoolNodes(
        [
          { code: "0010", name: "Old", rpcUrl: "http://a.test", status: 3 },
          { code: "0011", name: "Evil", rpcUrl: "javascript:alert(1)", status: 1 },
          { code: "0012", name: "Broken", rpcUrl: "not a url", status: 1 },
          { code: "0013", name: "Twice", rpcUrl: "http://b.test", status: 1 },
          { code: "0014", name: "Twice again", rpcUrl: "http://b.test", status: 1 },
        ],
        [],
      ).map((n) => n.code),
    ).toEqual(["0013"]);
  });
});
