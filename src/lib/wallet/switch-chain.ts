import { type Chain, numberToHex } from "viem";
import type { Eip1193Provider } from "./eip6963.ts";

/** EIP-3085 code for "this wallet does not know the chain". */
const UNRECOGNIZED_CHAIN = 4902;

/** Moves the wallet to `chain`, adding it first when the wallet has never seen it. */
export async function ensureWalletChain(provider: Eip1193Provider, chain: Chain): Promise<void> {
  const current = await provider.request({ method: "eth_chainId" });
  if (typeof current === "string" && Number(current) === chain.id) return;
  const chainId = numberToHex(chain.id);
  try {
    await provider.request({ method: "wallet_switchEthereumChain", params: [{ chainId }] });
  } catch (e) {
    if ((e as { code?: unknown }).code !== UNRECOGNIZED_CHAIN) throw e;
    await provider.request({
      method: "wallet_addEthereumChain",
      params: [
        {
          chainId,
          chainName: chain.name,
          nativeCurrency: chain.nativeCurrency,
          rpcUrls: chain.rpcUrls.default.http,
        },
      ],
    });
  }
}
