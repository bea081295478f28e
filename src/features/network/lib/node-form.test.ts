import { describe, expect, test } from "vitest";
import { parseNodeForm } from "./node-form.ts";

const good = {
  code: "0031",
  name: "Nanjing City Node",
  city: "Nanjing",
  lat: "32.0603",
  lon: "118.7969",
  operator: "0x70997970C51812dc3A010C7d01b50e0d17dc79C8",
  rpcUrl: "https://nanjing.example.cn/rpc",
};

describe("parseNodeForm", () => {
  test("args: a valid form becomes contract arguments, degrees as millionths", () => {
    expect(parseNodeForm(good)).toEqual({
      ok: true,
      value: {
        code: "0031",
        name: "Nanjing City Node",
        city: "Nanjing",
        latE6: 32060300,
        lonE6: 118796900,
        operator: "0x70997970C51812dc3A010C7d01b50e0d17dc79C8",
        rpcUrl: "https://nanjing.example.cn/rpc",
      },
    });
  });
  test("error: every wrong field is named", () => {
    const r = parseNodeForm({
      code: "31",
      name: " ",
      city: "Nanjing",
      lat: "91",
      lon: "abc",
      operator: "0x1234",
      rpcUrl: "javascript:alert(1)",
    });
    expect(r).toEqual({ ok: false, invalid: ["code", "name", "lat", "lon", "operator", "rpcUrl"] });
  });
});
