import { useCallback, useState } from "react";
import type {
  Abi,
  Address,
  ContractFunctionArgs,
  ContractFunctionName,
  Hash,
  TransactionReceipt,
} from "viem";
import { estimateContractGas, simulateContract, waitForTransactionReceipt } from "viem/actions";
import { useChainRuntime } from "../rpc/network-runtime-context.tsx";
import { describeWriteError, type TxError } from "./describe-write-error.ts";
import { withRegistryErrors } from "./registry-errors.ts";
import { useWallet } from "./wallet-context.tsx";

export type TxPhase = "idle" | "signing" | "pending" | "mined" | "failed";

export type TxState = {
  phase: TxPhase;
  hash?: Hash;
  blockNumber?: bigint;
  error?: TxError;
};

type Mutability = "nonpayable" | "payable";

export type WriteRequest<abi extends Abi, name extends ContractFunctionName<abi, Mutability>> = {
  address: Address;
  abi: abi;
  functionName: name;
  args: ContractFunctionArgs<abi, Mutability, name>;
};

/** Loose shape the viem calls get; the public `write` keeps callers fully typed. */
type LooseRequest = { address: Address; abi: Abi; functionName: string; args: readonly unknown[] };

/** Margin over the estimate: registries write block.timestamp, so a later block costs more. */
const GAS_MARGIN_PERCENT = 125n;

/**
 * Simulate (so a revert is explained before anything is signed), send with a gas margin, then
 * wait for the receipt through the chain runtime. The state drives <TxProgress>.
 */
export function useContractWrite(chainKey: string) {
  const rt = useChainRuntime(chainKey);
  const wallet = useWallet();
  const [state, setState] = useState<TxState>({ phase: "idle" });

  const reset = useCallback(() => setState({ phase: "idle" }), []);

  const write = useCallback(
    async <abi extends Abi, name extends ContractFunctionName<abi, Mutability>>(
      request: WriteRequest<abi, name>,
      /** Told the hash as soon as the wallet has sent, before it is mined (to persist it). */
      onSent?: (hash: Hash) => void | Promise<void>,
    ): Promise<TransactionReceipt | undefined> => {
      const client = await wallet.walletClient(chainKey);
      const account = client?.account;
      if (!client || !account) {
        setState({
          phase: "failed",
          error: { kind: "no-account", title: "No account", detail: "Connect a wallet first." },
        });
        return undefined;
      }
      const loose = request as unknown as LooseRequest;
      const call = { ...loose, abi: withRegistryErrors(loose.abi), account };
      setState({ phase: "signing" });
      try {
        await simulateContract(rt.client, call);
        const estimate = await estimateContractGas(rt.client, call);
        const hash = await client.writeContract({
          ...call,
          gas: (estimate * GAS_MARGIN_PERCENT) / 100n,
          // The injected client moves the wallet to the chain itself, right before sending.
          chain: null,
        });
        setState({ phase: "pending", hash });
        await onSent?.(hash);
        const receipt = await waitForTransactionReceipt(rt.client, {
          hash,
          pollingInterval: Math.max(250, (rt.config.blockTime * 1000) / 2),
          timeout: Math.max(60_000, rt.config.blockTime * 30_000),
        });
        if (receipt.status === "reverted") {
          setState({
            phase: "failed",
            hash,
            blockNumber: receipt.blockNumber,
            error: {
              kind: "reverted-on-chain",
              title: "Reverted",
              detail: `Reverted in block ${receipt.blockNumber} after ${receipt.gasUsed} gas.`,
            },
          });
          return undefined;
        }
        setState({ phase: "mined", hash, blockNumber: receipt.blockNumber });
        return receipt;
      } catch (e) {
        setState((s) => ({ phase: "failed", hash: s.hash, error: describeWriteError(e) }));
        return undefined;
      }
    },
    [rt, wallet, chainKey],
  );

  return { write, state, reset };
}
