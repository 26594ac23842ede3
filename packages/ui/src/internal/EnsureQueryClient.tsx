'use client';
import { QueryClient, QueryClientContext, QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useContext } from 'react';

let fallback: QueryClient | undefined;

/**
 * Lets a component that fetches render even when the host app has no `QueryClientProvider`
 * (nor an `EscrowKitProvider`): it then shares one client of its own, instead of throwing.
 */
export function EnsureQueryClient({ children }: { children: ReactNode }) {
  const existing = useContext(QueryClientContext);
  if (existing) return children;
  fallback ??= new QueryClient();
  return <QueryClientProvider client={fallback}>{children}</QueryClientProvider>;
}
