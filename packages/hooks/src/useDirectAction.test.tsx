import { businessError, docEscrow, docProof } from '@kit/test-utils';
import { setupMswServer } from '@kit/test-utils/msw';
import { renderWithKit } from '@kit/test-utils/react';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import type { DirectAction } from './directActions';
import { escrowKeys } from './escrowKeys';
import { useDirectAction } from './useDirectAction';
import { useEscrow } from './useEscrow';
import { useEscrowProof } from './useEscrowProof';

const { server, log, count } = setupMswServer();
const ID = docEscrow.id;

function Act({ action, reason }: { action: DirectAction; reason?: string }) {
  const { mutate, data, error, isPending } = useDirectAction(ID);
  return (
    <div>
      <button type="button" onClick={() => mutate({ action, reason })}>
        Go
      </button>
      <p>{isPending ? 'busy' : (data?.message ?? error?.code ?? 'idle')}</p>
    </div>
  );
}

/** An escrow and its proof on screen, then the button. */
function Page({ action }: { action: DirectAction }) {
  const escrow = useEscrow(ID);
  const proof = useEscrowProof(ID);
  return (
    <>
      <output aria-label="status">{escrow.data?.status}</output>
      <output aria-label="phase">{proof.data?.phase}</output>
      <Act action={action} />
    </>
  );
}

/** Answers the three direct actions with `status`/`body`, recording each JSON body. */
function answerActions(status: number, body: (path: string) => unknown) {
  const bodies: unknown[] = [];
  server.use(
    http.post('*/api/escrow/escrows/:id/:action', async ({ request, params }) => {
      bodies.push(await request.json());
      return HttpResponse.json(body(String(params.action)) as object, { status });
    }),
  );
  return bodies;
}

const delivered = { ...docEscrow, status: 'delivered', deliveredAt: '2026-06-18T10:00:00.000Z' };

describe('useDirectAction', () => {
  it('delivers: posts {} to …/deliver, writes the escrow into the cache and refetches only the proof', async () => {
    let proofPhase = 'accepted';
    server.use(
      http.get('*/api/escrow/escrows/:id', () => HttpResponse.json({ escrow: docEscrow })),
      http.get('*/api/escrow/escrows/:id/proof', () =>
        HttpResponse.json({ proof: { ...docProof, phase: proofPhase } }),
      ),
    );
    const bodies = answerActions(200, () => {
      proofPhase = 'accepted_by_timeout';
      return { message: 'Escrow marked as delivered', escrow: delivered };
    });
    const { queryClient } = renderWithKit(<Page action="deliver" />);
    await waitFor(() => expect(screen.getByLabelText('phase')).toHaveTextContent(/^accepted$/));
    const before = count(`GET /api/escrow/escrows/${ID}`);

    await userEvent.click(screen.getByRole('button', { name: 'Go' }));
    expect(await screen.findByText('Escrow marked as delivered')).toBeInTheDocument();
    expect(bodies).toEqual([{}]);
    expect(screen.getByLabelText('status')).toHaveTextContent('delivered');
    expect(screen.getByLabelText('phase')).toHaveTextContent(/^accepted_by_timeout$/);
    expect(queryClient.getQueryData(escrowKeys.detail(ID))).toMatchObject({ status: 'delivered' });
    expect(count(`GET /api/escrow/escrows/${ID}`)).toBe(before);
    expect(log).toContain(`POST /api/escrow/escrows/${ID}/deliver`);
  });

  it.each([
    ['cancel_pending', 'cancel', {}],
    ['reject_delivery', 'reject-delivery', { reason: 'Pages missing' }],
  ] as const)('%s posts to …/%s', async (action, path, body) => {
    const bodies = answerActions(200, () => ({ message: 'ok', escrow: docEscrow }));
    renderWithKit(
      action === 'reject_delivery' ? (
        <Act action={action} reason="  Pages missing " />
      ) : (
        <Act action={action} />
      ),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Go' }));
    expect(await screen.findByText('ok')).toBeInTheDocument();
    expect(log).toEqual([`POST /api/escrow/escrows/${ID}/${path}`]);
    expect(bodies).toEqual([body]);
  });

  it('sends a blank reason as no reason, and refuses an overlong one without sending', async () => {
    const bodies = answerActions(200, () => ({ message: 'ok', escrow: docEscrow }));
    const { unmount } = renderWithKit(<Act action="reject_delivery" reason="   " />);
    await userEvent.click(screen.getByRole('button', { name: 'Go' }));
    expect(await screen.findByText('ok')).toBeInTheDocument();
    expect(bodies).toEqual([{}]);
    unmount();

    renderWithKit(<Act action="reject_delivery" reason={'x'.repeat(1001)} />);
    await userEvent.click(screen.getByRole('button', { name: 'Go' }));
    expect(await screen.findByText('INVALID_REASON')).toBeInTheDocument();
    expect(bodies).toHaveLength(1);
  });

  it.each([
    ['error.code', businessError('PROOF_NOT_ACCEPTED', 'The buyer must accept the proof first.')],
    ['code', { error: 'Conflict', code: 'PROOF_NOT_ACCEPTED' }],
    ['a code-shaped error', { error: 'PROOF_NOT_ACCEPTED' }],
  ])('reads the 409 PROOF_NOT_ACCEPTED with the code in %s, once, not retried', async (_, body) => {
    answerActions(409, () => body);
    renderWithKit(<Act action="deliver" />);
    await userEvent.click(screen.getByRole('button', { name: 'Go' }));
    expect(await screen.findByText('PROOF_NOT_ACCEPTED')).toBeInTheDocument();
    expect(count(`POST /api/escrow/escrows/${ID}/deliver`)).toBe(1);
  });

  it('does not retry a server error, and a 409 of unknown shape is still an error with its status', async () => {
    answerActions(503, () => ({ error: 'Service Unavailable' }));
    renderWithKit(<Act action="deliver" />);
    await userEvent.click(screen.getByRole('button', { name: 'Go' }));
    expect(await screen.findByText('HTTP_ERROR')).toBeInTheDocument();
    expect(count(`POST /api/escrow/escrows/${ID}/deliver`)).toBe(1);
  });

  it('sends one request however often it is asked while pending', async () => {
    let answer = () => {};
    const answered = new Promise<void>((resolve) => {
      answer = resolve;
    });
    server.use(
      http.post('*/api/escrow/escrows/:id/deliver', async () => {
        await answered;
        return HttpResponse.json({ message: 'done', escrow: delivered });
      }),
    );
    renderWithKit(<Act action="deliver" />);
    const button = screen.getByRole('button', { name: 'Go' });
    await userEvent.click(button);
    await userEvent.click(button);
    await userEvent.click(button);
    answer();
    expect(await screen.findByText('done')).toBeInTheDocument();
    await waitFor(() => expect(count(`POST /api/escrow/escrows/${ID}/deliver`)).toBe(1));
  });

  it('refuses an answer without an escrow as INVALID_RESPONSE', async () => {
    answerActions(200, () => ({ message: 'Escrow marked as delivered' }));
    renderWithKit(<Act action="deliver" />);
    await userEvent.click(screen.getByRole('button', { name: 'Go' }));
    expect(await screen.findByText('INVALID_RESPONSE')).toBeInTheDocument();
  });
});
