import type { I18n } from "@lingui/core";
import { I18nProvider } from "@lingui/react";
import { type QueryClient, QueryClientProvider } from "@tanstack/react-query";
import type { NetworkRuntime } from "../lib/rpc/network-runtime.ts";
import { NetworkRuntimeProvider } from "../lib/rpc/network-runtime-context.tsx";
import { WalletProvider } from "../lib/wallet/wallet-context.tsx";
import { AppRouter } from "./app-router.tsx";
import { AppRoutes } from "./router.tsx";
import { ConfigGate } from "./startup/config-gate.tsx";
import { ThemeProvider } from "./theme/theme-context.tsx";
import type { ThemeStore } from "./theme/theme-store.ts";

export function App(props: {
  queryClient: QueryClient;
  i18n: I18n;
  themeStore: ThemeStore;
  /** Started before the first render, for the config the gate then shows (start.tsx). */
  runtime?: NetworkRuntime;
}) {
  return (
    <QueryClientProvider client={props.queryClient}>
      <I18nProvider i18n={props.i18n}>
        <ThemeProvider store={props.themeStore}>
          <ConfigGate>
            <NetworkRuntimeProvider runtime={props.runtime}>
              <WalletProvider>
                <AppRouter>
                  <AppRoutes />
                </AppRouter>
              </WalletProvider>
            </NetworkRuntimeProvider>
          </ConfigGate>
        </ThemeProvider>
      </I18nProvider>
    </QueryClientProvider>
  );
}
