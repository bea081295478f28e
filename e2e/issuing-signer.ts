import {
  type Address,
  createPublicClient,
  encodeFunctionData,
  type Hex,
  http,
  parseEther,
  toHex,
} from "viem";
import { generatePrivateKey, privateKeyToAccount } from "viem/accounts";
import type { NetworkConfig } from "../src/lib/config/network-config.ts";
import { tenantRegistryAbi } from "../src/lib/contracts/generated/tenant-registry.ts";
import { rpc } from "./gateway-rpc.ts";

/**
 * A fresh key made a signer of a seeded active tenant with a prefix and an app (by the tenant's
 * owner, a dev account the devnet signs for), and funded by the admin: a signer no other test or
 * the traffic generator uses, so its nonces are its own.
 */
export async function prepareIssuingSigner(network: NetworkConfig) {
  const alpha = network.chains.find((c) => c.key === "alpha");
  const admin = network.devnet?.accounts.find((a) => a.label === "Network admin");
  const gateway = alpha?.nodes[0]?.url;
  if (!alpha || !admin || !gateway) throw new Error("devnet without alpha or its admin");
  const client = createPublicClient({ transport: http(gateway) });
  const send = async (from: string, to: string, data?: Hex, value?: bigint) => {
    const hash = (await rpc(gateway, "eth_sendTransaction", [
      {
        from,
        to,
        data,
        value: value === undefined ? undefined : toHex(value),
        gas: toHex(500_000n),
      },
    ])) as Hex;
    const receipt = await client.waitForTransactionReceipt({ hash, pollingInterval: 250 });
    if (receipt.status !== "success") throw new Error(`setup transaction ${hash} reverted`);
  };
  const tenantRegistry = alpha.registries.tenantRegistry as Address;
  const [tenants, apps] = await Promise.all([
    client.readContract({
      address: tenantRegistry,
      abi: tenantRegistryAbi,
      functionName: "getTenants",
    }),
    client.readContract({
      address: tenantRegistry,
      abi: tenantRegistryAbi,
      functionName: "getApps",
    }),
  ]);
  const owners = new Set(network.devnet?.accounts.map((a) => a.address.toLowerCase()));
  const tenant = tenants.find(
    (t) =>
      t.status === 2 &&
      t.prefix !== "" &&
      owners.has(t.owner.toLowerCase()) &&
      apps.some((a) => a.tenantId === t.id),
  );
  const app = apps.find((a) => a.tenantId === tenant?.id);
  if (!tenant || !app) throw new Error("no active seeded tenant with an app");
  const signer = privateKeyToAccount(generatePrivateKey());
  await send(admin.address, signer.address, undefined, parseEther("10"));
  await send(
    tenant.owner,
    tenantRegistry,
    encodeFunctionData({
      abi: tenantRegistryAbi,
      functionName: "addSigner",
      args: [tenant.id, signer.address],
    }),
  );
  const gateways = Object.fromEntries(
    network.chains.flatMap((c) => (c.nodes[0] ? [[c.chainId, c.nodes[0].url]] : [])),
  ) as Record<number, string>;
  return { alpha, client, tenant, app, signer, gateways };
}
