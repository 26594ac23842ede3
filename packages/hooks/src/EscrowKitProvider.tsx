'use client';
import { QueryClient, QueryClientContext, QueryClientProvider } from '@tanstack/react-query';
import { createContext, type ReactNode, useContext, useMemo, useState } from 'react';
import { createServerClock, type ServerClock } from './createServerClock';
import type { EscrowQueryConfig } from './escrowQueries';
import { DEFAULT_BASE_URL, type EscrowHeaders } from './request';
import { useLiveUpdates } from './useLiveUpdates';

/** DHMAD's hosted checkout origins (production and sandbox). */
export const DEFAULT_CHECKOUT_ORIGINS: readonly string[] = [
  'https://dhmad.tn',
  'https://sandbox.dhmad.tn',
];

/** What `useEscrowKitConfig()` returns: the provider's props, with defaults applied. */
export interface EscrowKitConfig extends EscrowQueryConfig {
  baseUrl: string;
  viewer: { email: string } | undefined;
  redirectUrl: string | undefined;
  checkoutOrigins: readonly string[];
  /** The server-time estimate of this provider, fed by every response (see `useServerClock`). */
  serverClock: ServerClock;
}

export interface EscrowKitProviderProps {
  /**
   * Where your backend proxy serves the proxy contract.
   * @default '/api/escrow'
   */
  baseUrl?: string;
  /** A `fetch` to use instead of the global one. */
  fetch?: typeof fetch;
  /** Headers for every request (CSRF token, auth): an object, or an async function. */
  headers?: EscrowHeaders;
  /** The signed-in user, so the kit can tell "your turn" and which actions are theirs. */
  viewer?: { email: string };
  /** Default `redirectUrl` for checkout sessions; else your proxy's configured callback. */
  redirectUrl?: string;
  /**
   * The only origins the kit will redirect to for checkout.
   * @default ['https://dhmad.tn', 'https://sandbox.dhmad.tn']
   */
  checkoutOrigins?: readonly string[];
  /**
   * See `EscrowQueryConfig.pollInterval`.
   * @default 30000
   */
  pollInterval?: number | false;
  /**
   * See `EscrowQueryConfig.viewUrlTtl`.
   * @default 900000
   */
  viewUrlTtl?: number;
  /**
   * Live updates: one Server-Sent Events stream (`GET {baseUrl}/events?escrow=…&escrow=…`,
   * through `fetch` and `headers`) for every escrow shown below, except completed or
   * cancelled ones. An event refetches that escrow and its proof; nothing polls while the
   * stream is up, and polling resumes when it drops (it reconnects with backoff). A proxy
   * without the route (404) is asked again after 10 minutes; 401 or 403 stop it. `false`:
   * polling only.
   * @default true
   */
  live?: boolean;
  /** The QueryClient to use; else the nearest `QueryClientProvider`'s, else one of its own. */
  queryClient?: QueryClient;
  children?: ReactNode;
}

const defaultConfig: EscrowKitConfig = {
  baseUrl: DEFAULT_BASE_URL,
  viewer: undefined,
  redirectUrl: undefined,
  checkoutOrigins: DEFAULT_CHECKOUT_ORIGINS,
  serverClock: createServerClock(),
};

const EscrowKitContext = createContext<EscrowKitConfig>(defaultConfig);

/** The kit's configuration: the nearest `EscrowKitProvider`'s, or the defaults without one. */
export function useEscrowKitConfig(): EscrowKitConfig {
  return useContext(EscrowKitContext);
}

/**
 * Configures the kit for everything below it: where the proxy is, who the viewer is. Each
 * provider keeps one server-time estimate (`useServerClock`) and one live stream (`live`),
 * shared by everything below it.
 */
export function EscrowKitProvider({
  baseUrl = DEFAULT_BASE_URL,
  fetch,
  headers,
  viewer,
  redirectUrl,
  checkoutOrigins = DEFAULT_CHECKOUT_ORIGINS,
  pollInterval,
  viewUrlTtl,
  live = true,
  queryClient,
  children,
}: EscrowKitProviderProps) {
  const outer = useContext(QueryClientContext);
  const [own] = useState(() => (queryClient || outer ? undefined : new QueryClient()));
  const [serverClock] = useState(createServerClock);
  const chosen = queryClient ?? outer ?? own;
  const isLive = useLiveUpdates(chosen, { baseUrl, fetch, headers }, live);
  const email = viewer?.email;
  const config = useMemo<EscrowKitConfig>(
    () => ({
      baseUrl,
      fetch,
      headers,
      viewer: email ? { email } : undefined,
      redirectUrl,
      checkoutOrigins,
      pollInterval,
      viewUrlTtl,
      serverClock,
      isLive,
    }),
    [
      baseUrl,
      fetch,
      headers,
      email,
      redirectUrl,
      checkoutOrigins,
      pollInterval,
      viewUrlTtl,
      serverClock,
      isLive,
    ],
  );
  const tree = <EscrowKitContext.Provider value={config}>{children}</EscrowKitContext.Provider>;
  return chosen && chosen !== outer ? (
    <QueryClientProvider client={chosen}>{tree}</QueryClientProvider>
  ) : (
    tree
  );
}
