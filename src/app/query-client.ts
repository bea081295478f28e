import { QueryClient } from "@tanstack/react-query";
import { hashQueryKey } from "./hash-query-key.ts";

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        queryKeyHashFn: hashQueryKey,
        // Chain data goes stale with the head, not with the window's focus.
        refetchOnWindowFocus: false,
      },
    },
  });
}
