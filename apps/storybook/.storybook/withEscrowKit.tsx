import { EscrowKitProvider } from '@kit/hooks';
import type { Decorator } from '@storybook/react-vite';
import { QueryClient } from '@tanstack/react-query';
import { useState } from 'react';

/**
 * Gives every story its own QueryClient and the viewer named in `parameters.viewer`
 * (default: the buyer), talking to the simulator through MSW at /api/escrow.
 */
export const withEscrowKit: Decorator = (Story, context) => {
  const [queryClient] = useState(() => new QueryClient());
  const viewer = (context.parameters.viewer as string | undefined) ?? 'buyer@example.com';
  return (
    <EscrowKitProvider queryClient={queryClient} viewer={{ email: viewer }} pollInterval={2_000}>
      <Story />
    </EscrowKitProvider>
  );
};
