'use client';
import type { QueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { createLiveClient, type LiveClient } from './createLiveClient';
import type { EscrowClientOptions } from './request';

/**
 * Runs the provider's live stream (`createLiveClient`) while `enabled`, reopening it
 * (debounced) whenever a kit query gains or loses its last observer or loads new data.
 * Returns a stable `isLive(id)` for the queries' `refetchInterval`. The options are read
 * when the stream opens, so a new `fetch` or `headers` identity does not reopen it; a new
 * `baseUrl` does.
 */
export function useLiveUpdates(
  queryClient: QueryClient | undefined,
  options: EscrowClientOptions,
  enabled: boolean,
): (id: string) => boolean {
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });
  const [holder] = useState(() => {
    const box: { client?: LiveClient; isLive(id: string): boolean } = {
      isLive: (id) => !!box.client?.isLive(id),
    };
    return box;
  });
  const { baseUrl } = options;
  useEffect(() => {
    if (!enabled || !queryClient) return;
    const client = createLiveClient(queryClient, () => ({ ...latest.current, baseUrl }));
    holder.client = client;
    const unsubscribe = queryClient.getQueryCache().subscribe((event) => {
      if (
        event.type === 'updated'
          ? event.action.type === 'success' || event.action.type === 'error'
          : /^(observerAdded|observerRemoved|removed)$/.test(event.type)
      )
        client.update();
    });
    client.update();
    return () => {
      unsubscribe();
      client.close();
      holder.client = undefined;
    };
  }, [enabled, queryClient, baseUrl, holder]);
  return holder.isLive;
}
