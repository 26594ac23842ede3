// @vitest-environment node

import { docEscrow } from '@kit/test-utils';
import { QueryClient } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { EscrowKitProvider } from './EscrowKitProvider';
import { escrowQueries } from './escrowQueries';
import { useCheckoutReturn } from './useCheckoutReturn';
import { useEscrow } from './useEscrow';
import { useEscrowProof } from './useEscrowProof';

function Page() {
  const escrow = useEscrow('e1');
  const proof = useEscrowProof('e1');
  const back = useCheckoutReturn();
  return (
    <p>{`${escrow.data?.status ?? 'loading'} / ${proof.data?.phase ?? 'no proof yet'} / ${back.outcome}`}</p>
  );
}

describe('server rendering', () => {
  it('renders without window, document or storage, from prefetched data', () => {
    expect(typeof window).toBe('undefined');
    const queryClient = new QueryClient();
    queryClient.setQueryData(escrowQueries.detail('e1').queryKey, docEscrow);
    const html = renderToString(
      <EscrowKitProvider queryClient={queryClient}>
        <Page />
      </EscrowKitProvider>,
    );
    expect(html).toContain('paid / no proof yet / unknown');
  });
});
