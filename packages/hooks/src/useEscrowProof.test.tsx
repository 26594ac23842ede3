import { docEscrow, docProof, proofIn, quickEscrow } from '@kit/test-utils';
import { setupMswServer } from '@kit/test-utils/msw';
import { renderWithKit } from '@kit/test-utils/react';
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { escrowKeys } from './escrowKeys';
import type { Proof } from './model';
import { useEscrow } from './useEscrow';
import { useEscrowProof } from './useEscrowProof';

const { server, count } = setupMswServer();
const GET_PROOF = 'GET /api/escrow/escrows/e1/proof';

function serveProof(proof: Proof) {
  let n = 0;
  server.use(
    http.get('*/api/escrow/escrows/:id/proof', () => {
      n++;
      // Each answer carries fresh, differently signed links, as DHMAD's do.
      const sign = (url: string) => `${url}?sig=${n}`;
      return HttpResponse.json({
        proof: {
          ...proof,
          submissions: proof.submissions.map((s) => ({
            ...s,
            attachments: s.attachments.map((a) => ({ ...a, viewUrl: sign(a.viewUrl) })),
          })),
        },
      });
    }),
  );
}

function ProofView({ id }: { id: string }) {
  const proof = useEscrowProof(id);
  const url = proof.data?.submissions[0]?.attachments[0]?.viewUrl;
  return (
    <div>
      <p>{proof.data?.phase ?? 'loading'}</p>
      <p>{url ?? 'no link'}</p>
      <button type="button" onClick={() => void proof.refresh()}>
        Refresh proof
      </button>
    </div>
  );
}

function EscrowAndProof() {
  useEscrow('e1');
  return <ProofView id="e1" />;
}

function ProofError() {
  const { error } = useEscrowProof('e1');
  return <p>{error ? error.message : 'loading'}</p>;
}

const advance = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));

describe('useEscrowProof', () => {
  it('refreshes on demand, bringing fresh links', async () => {
    serveProof(docProof);
    renderWithKit(<ProofView id="e1" />);
    expect(await screen.findByText(/sig=1$/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Refresh proof' }));
    expect(await screen.findByText(/sig=2$/)).toBeInTheDocument();
    expect(count(GET_PROOF)).toBe(2);
  });
});

describe('useEscrowProof over time', () => {
  beforeEach(() => {
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
    });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it.each([
    'waiting_seller_proof',
    'submitted_waiting_buyer_review',
    'correction_requested',
    'needs_review',
  ])('polls while the phase is %s', async (phase) => {
    serveProof(proofIn(phase));
    renderWithKit(<ProofView id="e1" />);
    await advance(60_000);
    expect(count(GET_PROOF)).toBe(3);
  });

  it.each(['accepted', 'accepted_by_timeout', 'expired'])(
    'makes no request over 10 minutes once the phase is %s',
    async (phase) => {
      serveProof(proofIn(phase));
      renderWithKit(<ProofView id="e1" />);
      await advance(10 * 60_000);
      expect(screen.getByText(phase)).toBeInTheDocument();
      expect(count(GET_PROOF)).toBe(1);
    },
  );

  it('re-fetches before the links expire, even with polling off', async () => {
    serveProof(docProof);
    renderWithKit(<ProofView id="e1" />, { pollInterval: false, viewUrlTtl: 60_000 });
    await advance(47_000);
    expect(count(GET_PROOF)).toBe(1);
    await advance(1_000);
    expect(count(GET_PROOF)).toBe(2);
    await advance(10);
    expect(screen.getByText(/sig=2$/)).toBeInTheDocument();
  });

  it('stops polling the proof once the escrow is cancelled', async () => {
    serveProof(proofIn('waiting_seller_proof'));
    server.use(
      http.get('*/api/escrow/escrows/:id', () =>
        HttpResponse.json({ escrow: quickEscrow({ status: 'cancelled' }) }),
      ),
    );
    renderWithKit(<EscrowAndProof />);
    await advance(5 * 60_000);
    expect(count(GET_PROOF)).toBe(1);
  });
});

describe('useEscrowProof against an escrow without proof', () => {
  it('reports the 400 without retrying', async () => {
    server.use(
      http.get('*/api/escrow/escrows/:id/proof', () =>
        HttpResponse.json(
          { error: 'Bad Request', message: 'This escrow has no purchase-proof policy' },
          { status: 400 },
        ),
      ),
      http.get('*/api/escrow/escrows/:id', () => HttpResponse.json({ escrow: docEscrow })),
    );
    renderWithKit(<ProofError />);
    expect(await screen.findByText('This escrow has no purchase-proof policy')).toBeInTheDocument();
    expect(count(GET_PROOF)).toBe(1);
  });
});

describe('useEscrowProof and the escrow it belongs to', () => {
  it('fetches the proof again when the escrow reports a new phase, even with polling stopped', async () => {
    let phase = 'waiting_seller_proof';
    server.use(
      http.get('*/api/escrow/escrows/:id', () =>
        HttpResponse.json({
          escrow: quickEscrow({
            status: phase === 'expired' ? 'cancelled' : 'paid',
            proofInfo: { phase },
          }),
        }),
      ),
      http.get('*/api/escrow/escrows/:id/proof', () =>
        HttpResponse.json({ proof: proofIn(phase) }),
      ),
    );
    const { queryClient } = renderWithKit(<EscrowAndProof />, { pollInterval: false });
    expect(await screen.findByText('waiting_seller_proof')).toBeInTheDocument();
    phase = 'expired';
    // Only the escrow is refreshed (as a poll or a checkout return would); the proof follows.
    await act(() => queryClient.refetchQueries({ queryKey: escrowKeys.detail('e1') }));
    expect(await screen.findByText('expired')).toBeInTheDocument();
    expect(count(GET_PROOF)).toBe(2);
  });
});
