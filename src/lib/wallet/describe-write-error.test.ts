import {
  BaseError,
  ContractFunctionRevertedError,
  encodeErrorResult,
  UserRejectedRequestError,
} from "viem";
import { describe, expect, it } from "vitest";
import { tenantRegistryAbi } from "../contracts/generated/tenant-registry.ts";
import { describeWriteError } from "./describe-write-error.ts";
import { registryErrorsAbi } from "./registry-errors.ts";

describe("describeWriteError", () => {
  it("behavior: a registry's custom error becomes its name and arguments", () => {
    const data = encodeErrorResult({
      abi: tenantRegistryAbi,
      errorName: "NotTenantOwner",
      args: [7n, "0x70997970C51812dc3A010C7d01b50e0d17dc79C8"],
    });
    const revert = new ContractFunctionRevertedError({
      abi: [...registryErrorsAbi],
      data,
      functionName: "registerApp",
    });
    const e = new BaseError("Execution reverted", { cause: revert });
    expect(describeWriteError(e)).toEqual({
      kind: "revert",
      title: "NotTenantOwner",
      detail: "NotTenantOwner(7, 0x70997970C51812dc3A010C7d01b50e0d17dc79C8)",
      errorName: "NotTenantOwner",
      args: ["7", "0x70997970C51812dc3A010C7d01b50e0d17dc79C8"],
    });
  });
  it("behavior: a wallet's refusal (EIP-1193 code 4001)", () => {
    expect(describeWriteError(new UserRejectedRequestError(new Error("no"))).kind).toBe("rejected");
    expect(describeWriteError({ code: 4001, message: "User denied" }).kind).toBe("rejected");
  });
  it("behavior: anything else keeps its message", () => {
    expect(describeWriteError(new Error("socket hang up"))).toEqual({
      kind: "other",
      title: "Failed",
      detail: "socket hang up",
    });
  });
  it("args: every registry error is known once", () => {
    const names = registryErrorsAbi.map((e) => e.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toContain("ContractAlreadyRegistered");
    expect(names).toContain("NotTenantSigner");
    expect(names).toContain("NodeIsRetired");
  });
});
