import { EscrowKitProvider, type EscrowKitProviderProps } from '@kit/hooks';
import { QueryClient } from '@tanstack/react-query';
import { type RenderResult, render } from '@testing-library/react';
import type { ReactNode } from 'react';

/** A fresh QueryClient per test: no cache shared between tests, and no gc timers left behind. */
export function testQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { gcTime: Infinity } } });
}

export function renderWithKit(
  ui: ReactNode,
  props: Omit<EscrowKitProviderProps, 'children'> = {},
): RenderResult & { queryClient: QueryClient } {
  const queryClient = props.queryClient ?? testQueryClient();
  const result = render(
    <EscrowKitProvider {...props} queryClient={queryClient}>
      {ui}
    </EscrowKitProvider>,
  );
  return Object.assign(result, { queryClient });
}
