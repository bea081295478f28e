/**
 * EIP-6963 discovery: wallets announce themselves with a window event; we ask once and keep
 * every announcement (a browser may host several wallets). No React here, so it is testable.
 */
export type Eip1193Provider = {
  request(args: { method: string; params?: readonly unknown[] | object }): Promise<unknown>;
  on?(event: string, listener: (...args: unknown[]) => void): void;
  removeListener?(event: string, listener: (...args: unknown[]) => void): void;
};

export type InjectedWallet = {
  /** The announcement's uuid: unique per page load. */
  id: string;
  name: string;
  /** A data: URI by the standard; checked before it is shown. */
  icon?: string;
  rdns: string;
  provider: Eip1193Provider;
};

type AnnounceDetail = {
  info?: { uuid?: unknown; name?: unknown; icon?: unknown; rdns?: unknown };
  provider?: unknown;
};

function fromAnnouncement(detail: AnnounceDetail | undefined): InjectedWallet | undefined {
  const info = detail?.info;
  const provider = detail?.provider as Eip1193Provider | undefined;
  if (!info || typeof info.uuid !== "string" || typeof provider?.request !== "function") {
    return undefined;
  }
  const icon =
    typeof info.icon === "string" && /^data:image\/(png|svg\+xml|webp|jpeg|gif);/i.test(info.icon)
      ? info.icon
      : undefined;
  return {
    id: info.uuid,
    name: typeof info.name === "string" && info.name ? info.name.slice(0, 64) : "Wallet",
    icon,
    rdns: typeof info.rdns === "string" ? info.rdns : "",
    provider,
  };
}

export type InjectedStore = {
  subscribe(listener: () => void): () => void;
  getSnapshot(): readonly InjectedWallet[];
  stop(): void;
};

/** Listens for announcements on `target` (the window) and requests them once. */
export function createInjectedStore(target: EventTarget | undefined): InjectedStore {
  let wallets: readonly InjectedWallet[] = [];
  const listeners = new Set<() => void>();
  const onAnnounce = (event: Event) => {
    const wallet = fromAnnouncement((event as CustomEvent<AnnounceDetail>).detail);
    if (!wallet || wallets.some((w) => w.id === wallet.id)) return;
    wallets = [...wallets, wallet];
    for (const l of listeners) l();
  };
  target?.addEventListener("eip6963:announceProvider", onAnnounce);
  target?.dispatchEvent(new Event("eip6963:requestProvider"));
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => wallets,
    stop: () => target?.removeEventListener("eip6963:announceProvider", onAnnounce),
  };
}
