import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  useSyncExternalStore,
} from "react";
import { type Address, getAddress, isAddress, type WalletClient } from "viem";
import { useNetworkConfig } from "../config/network-config-context.tsx";
import { useNetworkRuntime } from "../rpc/network-runtime-context.tsx";
import { createInjectedStore, type InjectedWallet } from "./eip6963.ts";
import { readSavedConnection, saveConnection } from "./wallet-storage.ts";

export type WalletSource = { kind: "injected"; name: string } | { kind: "devnet"; label: string };

export type WalletState = {
  account: Address | undefined;
  source: WalletSource | undefined;
  /** EIP-6963 announcements, in the order they arrived. */
  injected: { id: string; name: string; icon?: string }[];
  /** The devnet's dev accounts from the network config; empty on a real network. */
  devAccounts: { label: string; address: Address }[];
  connectInjected(id: string): Promise<void>;
  connectDevAccount(address: Address): void;
  disconnect(): void;
  /** The signer's viem client for a chain (viem's wallet code is loaded on first use). */
  walletClient(chainKey: string): Promise<WalletClient | undefined>;
};

type Connection =
  | { kind: "injected"; wallet: InjectedWallet; account: Address }
  | { kind: "devnet"; label: string; account: Address };

const WalletContext = createContext<WalletState | null>(null);

function firstAccount(accounts: unknown): Address | undefined {
  const a = Array.isArray(accounts) ? accounts[0] : undefined;
  return typeof a === "string" && isAddress(a) ? getAddress(a) : undefined;
}

const sameAddress = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** Who signs: an injected wallet found through EIP-6963, or (devnet only) a dev account. */
export function WalletProvider(props: {
  children: ReactNode;
  /** Where announcements arrive; the window in the app, a plain EventTarget in tests. */
  eventTarget?: EventTarget;
  storage?: Storage;
}) {
  const config = useNetworkConfig();
  const network = useNetworkRuntime();
  const target = props.eventTarget ?? (typeof window === "undefined" ? undefined : window);
  const storage = props.storage ?? globalThis.localStorage;
  const [store] = useState(() => createInjectedStore(target));
  useEffect(() => () => store.stop(), [store]);
  const wallets = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);

  // As the config gives them (checked there as 20-byte hex), compared without case: no
  // checksumming (keccak) of every dev account in the first render of every page.
  const devAccounts = useMemo(
    () =>
      (config.devnet?.accounts ?? []).map((a) => ({
        label: a.label,
        address: a.address as Address,
      })),
    [config],
  );

  const [connection, setConnection] = useState<Connection | undefined>(() => {
    const saved = readSavedConnection(storage);
    if (saved?.kind !== "devnet") return undefined;
    const dev = devAccounts.find((a) => sameAddress(a.address, saved.address));
    return dev ? { kind: "devnet", label: dev.label, account: dev.address } : undefined;
  });

  // A wallet connected before the reload is reconnected without a prompt (eth_accounts).
  useEffect(() => {
    const saved = readSavedConnection(storage);
    if (connection || saved?.kind !== "injected") return;
    const wallet = wallets.find((w) => w.rdns === saved.rdns && w.name === saved.name);
    if (!wallet) return;
    let live = true;
    void wallet.provider
      .request({ method: "eth_accounts" })
      .then((accounts) => {
        const account = firstAccount(accounts);
        if (live && account) setConnection({ kind: "injected", wallet, account });
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [wallets, connection, storage]);

  // Follow the wallet when its user switches account or disconnects it.
  useEffect(() => {
    if (connection?.kind !== "injected") return;
    const { provider } = connection.wallet;
    const onAccounts = (accounts: unknown) => {
      const account = firstAccount(accounts);
      setConnection((c) =>
        c?.kind === "injected" && account ? { ...c, account } : account ? c : undefined,
      );
    };
    provider.on?.("accountsChanged", onAccounts);
    return () => provider.removeListener?.("accountsChanged", onAccounts);
  }, [connection]);

  const connectInjected = useCallback(
    async (id: string) => {
      const wallet = store.getSnapshot().find((w) => w.id === id);
      if (!wallet) throw new Error(`No wallet announced as ${id}`);
      const account = firstAccount(
        await wallet.provider.request({ method: "eth_requestAccounts" }),
      );
      if (!account) throw new Error(`${wallet.name} gave no account`);
      setConnection({ kind: "injected", wallet, account });
      saveConnection(storage, { kind: "injected", rdns: wallet.rdns, name: wallet.name });
    },
    [store, storage],
  );

  const connectDevAccount = useCallback(
    (address: Address) => {
      const dev = devAccounts.find((a) => sameAddress(a.address, address));
      if (!dev) throw new Error(`${address} is not a dev account of this network`);
      setConnection({ kind: "devnet", label: dev.label, account: dev.address });
      saveConnection(storage, { kind: "devnet", address: dev.address });
    },
    [devAccounts, storage],
  );

  const disconnect = useCallback(() => {
    setConnection(undefined);
    saveConnection(storage, undefined);
  }, [storage]);

  const walletClient = useCallback(
    async (chainKey: string) => {
      const rt = network.get(chainKey);
      if (!rt || !connection) return undefined;
      const { devAccountWalletClient, injectedWalletClient } = await import("./wallet-clients.ts");
      return connection.kind === "devnet"
        ? devAccountWalletClient(rt, connection.account)
        : injectedWalletClient(rt, connection.wallet.provider, connection.account);
    },
    [network, connection],
  );

  const value = useMemo<WalletState>(
    () => ({
      account: connection?.account,
      source:
        connection?.kind === "injected"
          ? { kind: "injected", name: connection.wallet.name }
          : connection
            ? { kind: "devnet", label: connection.label }
            : undefined,
      injected: wallets.map((w) => ({ id: w.id, name: w.name, icon: w.icon })),
      devAccounts,
      connectInjected,
      connectDevAccount,
      disconnect,
      walletClient,
    }),
    [
      connection,
      wallets,
      devAccounts,
      connectInjected,
      connectDevAccount,
      disconnect,
      walletClient,
    ],
  );
  return <WalletContext value={value}>{props.children}</WalletContext>;
}

export function useWallet(): WalletState {
  const wallet = useContext(WalletContext);
  if (!wallet) throw new Error("useWallet outside WalletProvider");
  return wallet;
}
