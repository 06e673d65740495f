'use client';

import { QueryClient, QueryClientProvider, environmentManager } from '@tanstack/react-query';

function makeQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Pages are server-rendered from the same data; don't refetch it the moment it arrives.
        staleTime: 60_000,
        refetchOnWindowFocus: false,
      },
    },
  });
}

let browserQueryClient: QueryClient | undefined;

function getQueryClient() {
  // A server render gets a fresh client per request so readers never share a cache.
  if (environmentManager.isServer()) return makeQueryClient();
  // One client for the browser's lifetime, even if React suspends and re-runs this render.
  browserQueryClient ??= makeQueryClient();
  return browserQueryClient;
}

export function Providers({ children }: { children: React.ReactNode }) {
  const queryClient = getQueryClient();
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}
