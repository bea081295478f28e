import { encodeFunctionData } from "viem";
import { nodeRegistryAbi } from "../src/lib/contracts/generated/node-registry.ts";
import { expect, test } from "./fixtures.ts";

test("the network admin puts a city node into maintenance and back, on chain, with progress", async ({
  page,
  network,
}) => {
  const beta = network.chains.find((c) => c.key === "beta");
  const admin = network.devnet?.accounts.find((a) => a.label === "Network admin")?.address;
  if (!beta || !admin) throw new Error("the devnet config has no beta chain or admin account");
  const registration = page.getByTestId("node-registration");
  const progress = page.getByTestId("node-governance").locator("[data-phase]");

  await page.goto("/network/nodes/beta-0029");
  await expect(registration).toContainText("active");
  await page.getByTestId("governance-dev-account").selectOption(admin);
  await expect(page.getByTestId("governance-wallet")).toContainText("network admin");
  try {
    await page.getByRole("button", { name: "Set to maintenance" }).click();
    await expect(progress).toHaveAttribute("data-phase", "mined", { timeout: 30_000 });
    await expect(registration).toContainText("maintenance");
    await expect(page.getByTestId("node-page")).toHaveAttribute("data-state", "degraded");

    await page.getByRole("button", { name: "Set active" }).click();
    await expect(progress).toHaveAttribute("data-phase", "mined", { timeout: 30_000 });
    await expect(registration).toContainText("active");
  } finally {
    // Whatever happened above, the shared devnet gets the node back as active (a no-op revert if it is).
    const data = encodeFunctionData({
      abi: nodeRegistryAbi,
      functionName: "setNodeStatus",
      args: ["0029", 1],
    });
    await fetch(beta.nodes[0]?.url ?? "", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        jsonrpc: "2.0",
        id: 1,
        method: "eth_sendTransaction",
        params: [{ from: admin, to: beta.registries.nodeRegistry, data }],
      }),
    }).catch(() => undefined);
  }
});
