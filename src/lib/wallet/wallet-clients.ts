import { type Address, createWalletClient, custom, type WalletClient } from "viem";
import type { ChainRuntime } from "../rpc/chain-runtime.ts";
import { toViemChain } from "../rpc/chain-runtime.ts";
import type { RpcRequest } from "../rpc/http-batch-transport.ts";
import type { Eip1193Provider } from "./eip6963.ts";
import { ensureWalletChain } from "./switch-chain.ts";

/**
 * A devnet dev account: every call, `eth_sendTransaction` included, goes through the chain's
 * node pool; the devnet's gateways hand sends to the sequencer, which signs for its dev
 * accounts. The app holds no key.
 */
export function devAccountWalletClient(rt: ChainRuntime, account: Address): WalletClient {
  return createWalletClient({
    account,
    chain: toViemChain(rt.config),
    transport: custom({ request: (args: RpcRequest) => rt.request(args) }, { retryCount: 0 }),
  });
}

/**
 * An injected (EIP-1193) wallet. Reads go to the wallet too (it is the signer's view), and the
 * wallet is moved to the chain right before it is asked to send, since the user may have
 * switched it since connecting.
 */
export function injectedWalletClient(
  rt: ChainRuntime,
  provider: Eip1193Provider,
  account: Address,
): WalletClient {
  const chain = toViemChain(rt.config);
  return createWalletClient({
    account,
    chain,
    transport: custom(
      {
        request: async (args: RpcRequest) => {
          if (args.method === "eth_sendTransaction") await ensureWalletChain(provider, chain);
          return provider.request({ method: args.method, params: args.params ?? [] });
        },
      },
      { retryCount: 0 },
    ),
  });
}
