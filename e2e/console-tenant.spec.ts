import {
  type Address,
  createPublicClient,
  encodeFunctionData,
  getAddress,
  type Hex,
  http,
  parseEther,
  toHex,
} from "viem";
import { generatePrivateKey, privateKeyToAccount } from "viem/accounts";
import { tenantRegistryAbi } from "../src/lib/contracts/generated/tenant-registry.ts";
import { traceLogAbi, traceLogBytecode } from "../src/lib/contracts/generated/trace-log.ts";
import { injectTestWallet } from "./console-test-wallet.ts";
import { expect, test } from "./fixtures.ts";
import { rpc } from "./gateway-rpc.ts";

test("tenant journey: apply, approval by the admin, an app whose traffic shows in usage, a signer, a refused action", async ({
  page,
  network,
}) => {
  test.setTimeout(240_000);
  const alpha = network.chains.find((c) => c.key === "alpha");
  const admin = network.devnet?.accounts.find((a) => a.label === "Network admin");
  const gateway = alpha?.nodes[0]?.url;
  if (!alpha || !admin || !gateway) throw new Error("devnet without alpha or its admin");
  const client = createPublicClient({ transport: http(gateway) });
  const sendOnly = (tx: { from: string; to?: string; data?: Hex; value?: bigint; gas?: bigint }) =>
    rpc(gateway, "eth_sendTransaction", [
      {
        from: tx.from,
        to: tx.to,
        data: tx.data,
        value: tx.value === undefined ? undefined : toHex(tx.value),
        gas: toHex(tx.gas ?? 500_000n),
      },
    ]) as Promise<Hex>;
  const send = async (tx: Parameters<typeof sendOnly>[0]) =>
    client.waitForTransactionReceipt({ hash: await sendOnly(tx), pollingInterval: 250 });

  // A fresh key the test wallet signs with, funded by the admin dev account.
  const applicant = privateKeyToAccount(generatePrivateKey());
  await send({ from: admin.address, to: applicant.address, value: parseEther("10"), gas: 21_000n });
  // The app's contract, deployed fresh, so its traffic is this app's alone.
  const deployed = await send({ from: admin.address, data: traceLogBytecode, gas: 1_000_000n });
  const contract = getAddress(deployed.contractAddress as Address);
  // A contract that already belongs to a seeded app: registering it again must be refused.
  const seededApps = await client.readContract({
    address: alpha.registries.tenantRegistry as Address,
    abi: tenantRegistryAbi,
    functionName: "getApps",
  });
  const taken = seededApps.find((a) => a.contracts.length > 0)?.contracts[0] as Address;

  const gateways = Object.fromEntries(
    network.chains.flatMap((c) => (c.nodes[0] ? [[c.chainId, c.nodes[0].url]] : [])),
  );
  await injectTestWallet(page, applicant, gateways);
  const orgName = `E2E Org ${applicant.address.slice(2, 8)}`;

  // 1. Apply as a tenant with the injected wallet.
  await page.goto("/console/tenants?chain=alpha");
  await page.getByRole("button", { name: "BSN Test Wallet" }).click();
  await expect(page.getByTestId("wallet-account")).toContainText(applicant.address.slice(0, 6));
  await expect(page.getByTestId("wallet-roles")).toContainText("No role on this chain");
  const apply = page.getByTestId("apply-tenant");
  await apply.getByLabel("Organisation name").fill(orgName);
  await apply.getByLabel("Home node code").fill("0010");
  await apply.getByRole("button", { name: "Submit" }).click();
  await expect(apply.getByRole("status")).toContainText("Mined in block", { timeout: 30_000 });
  await page.getByRole("link", { name: orgName }).click();
  await expect(page.getByTestId("tenant-name")).toContainText("pending");
  await expect(page.getByTestId("why-unavailable")).toContainText(
    "only while the tenant is active",
  );
  const tenantUrl = page.url();

  // 2. The network admin (a devnet dev account) approves it with a prefix and a quota.
  await page.getByRole("button", { name: "Disconnect" }).click();
  await page.getByTestId("dev-account-select").selectOption(admin.address);
  await expect(page.getByTestId("wallet-roles")).toContainText("Network admin");
  const approve = page.getByTestId("approve-tenant");
  await approve.getByLabel("Daily quota").fill("20");
  await approve.getByRole("button", { name: "Approve" }).click();
  await expect(approve.getByRole("status")).toContainText("Mined in block", { timeout: 30_000 });
  await expect(page.getByTestId("tenant-name")).toContainText("active");
  await expect(page.getByTestId("tenant-quota")).toHaveText("20");

  // 3. Back as the applicant: create an app with the fresh contract.
  await page.getByRole("button", { name: "Disconnect" }).click();
  await page.getByRole("button", { name: "BSN Test Wallet" }).click();
  await expect(page.getByTestId("wallet-roles")).toContainText("Owner of tenant");
  const create = page.getByTestId("create-app");
  await create.getByLabel("App name").fill("E2E Trace");
  await create.getByLabel("Kind").fill("trace-log");
  await create.getByLabel("Contract addresses (one a line)").fill(contract);
  await create.getByRole("button", { name: "Submit" }).click();
  await expect(create.getByRole("status")).toContainText("Mined in block", { timeout: 30_000 });
  await page.getByRole("link", { name: "E2E Trace" }).click();
  await expect(page.getByTestId("app-contracts")).toContainText(contract);

  // 4. Traffic to the app's contract appears in its usage within a minute.
  const data = encodeFunctionData({
    abi: traceLogAbi,
    functionName: "record",
    args: [toHex("e2e-item", { size: 32 }), "packed"],
  });
  const started = Date.now();
  for (let i = 0; i < 17; i++)
    await send({ from: admin.address, to: contract, data, gas: 200_000n });
  await expect(page.getByTestId("top-methods")).toContainText("record(bytes32,string)", {
    timeout: 60_000,
  });
  await expect(page.getByTestId("app-usage-today")).toContainText("17 / 20 (85 %)", {
    timeout: 60_000,
  });
  expect(Date.now() - started).toBeLessThan(60_000 + 30_000);
  await expect(page.getByTestId("quota-alerts")).toContainText(
    `${orgName} has used 85 % of its daily quota`,
  );
  await expect(page.getByTestId("usage-range")).toContainText("Covers blocks");

  // A reload shows the usage from IndexedDB (and reconnects the wallet without a prompt).
  const reloaded = Date.now();
  await page.reload();
  await expect(page.getByTestId("app-usage-today")).toContainText("17 / 20 (85 %)");
  const shownMs = Date.now() - reloaded;
  test
    .info()
    .annotations.push({ type: "app usage shown after a reload", description: `${shownMs} ms` });
  console.log(`app usage shown ${shownMs} ms after a reload (page load included)`);
  await expect(page.getByTestId("wallet-roles")).toContainText("Owner of tenant");

  // 5. A refused action: a contract that belongs to another app. The reason is decoded into
  // words before anything is signed, and the form keeps its input.
  const add = page.getByTestId("add-contract");
  await add.getByLabel("Contract address").fill(taken);
  await add.getByRole("button", { name: "Submit" }).click();
  await expect(add.getByRole("alert")).toContainText(`Contract ${taken} already belongs to app`);
  await expect(add.getByLabel("Contract address")).toHaveValue(taken);

  // An app is renamed, and a contract added by mistake is removed again.
  const edit = page.getByTestId("edit-app");
  await edit.getByLabel("App name").fill("E2E Trace v2");
  await edit.getByRole("button", { name: "Save" }).click();
  await expect(page.getByTestId("app-name")).toContainText("E2E Trace v2", { timeout: 30_000 });
  const stray = privateKeyToAccount(generatePrivateKey()).address;
  await add.getByLabel("Contract address").fill(stray);
  await add.getByRole("button", { name: "Submit" }).click();
  await expect(page.getByTestId("app-contracts")).toContainText(stray, { timeout: 30_000 });
  await page.getByRole("button", { name: `Remove ${stray}` }).click();
  await expect(page.getByTestId("app-contracts")).not.toContainText(stray, { timeout: 30_000 });
  await expect(page.getByTestId("app-contracts")).toContainText(contract);

  // 6. Add a signer on the tenant page.
  await page.goto(tenantUrl);
  const signer = privateKeyToAccount(generatePrivateKey()).address;
  const addSigner = page.getByTestId("add-signer");
  await addSigner.getByLabel("Signer address").fill(signer);
  await addSigner.getByRole("button", { name: "Submit" }).click();
  await expect(addSigner.getByRole("status")).toContainText("Mined in block", { timeout: 30_000 });
  await expect(page.getByTestId("signer-list")).toContainText(signer);

  // 7. A stranger (another tenant's owner) is told why it cannot edit this tenant's apps.
  await page.getByRole("button", { name: "Disconnect" }).click();
  const stranger = network.devnet?.accounts.find((a) => a.label.startsWith("Owner ·"));
  if (!stranger) throw new Error("no seeded owner");
  await page.getByTestId("dev-account-select").selectOption(stranger.address);
  await expect(page.getByTestId("why-unavailable")).toContainText(
    "Only the tenant's owner manages apps and signers.",
  );
  await expect(page.getByTestId("create-app")).toHaveCount(0);
});
