// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { act, api, BUYER, HOUR, quickWithProof, SELLER, viaProxy } from '../test/simulatorRequests';
import { webhookSimulator } from '../test/webhookSimulator';

describe('the webhook each change sends', () => {
  it('sends nothing for the loaded scenarios, nor for reads and session creation', async () => {
    const { sim, sentEvents } = webhookSimulator();
    await api(sim, 'GET', '/escrows/proof-submitted');
    await api(sim, 'GET', '/escrows/proof-submitted/proof');
    await viaProxy(sim, 'POST', '/escrows/status-paid/sessions', { action: 'complete' });
    expect(await sentEvents()).toEqual([]);
    expect(sim.webhooks.deliveries).toEqual([]);
  });

  it('payment: escrow.status.updated, then escrow.proof.required, each showing the change whole', async () => {
    const { sim, sent } = webhookSimulator();
    const id = (await api(sim, 'POST', '/escrows', quickWithProof)).body.escrow.id as string;
    await act(sim, id, 'accept_pay', BUYER);
    const [status, required, ...rest] = await sent();
    expect(rest).toEqual([]);
    expect(status).toMatchObject({ escrowId: id, event: 'escrow.status.updated' });
    expect(status?.payload).toMatchObject({
      event: 'escrow.status.updated',
      createdAt: sim.clock.now().toISOString(),
      data: {
        previousStatus: 'pending',
        status: 'paid',
        escrow: { id, status: 'paid', proofInfo: { phase: 'waiting_seller_proof' } },
      },
    });
    expect(required?.payload).toMatchObject({
      event: 'escrow.proof.required',
      data: {
        escrow: { id },
        proof: {
          phase: 'waiting_seller_proof',
          checkoutActions: [{ action: 'submit_proof', targetUserEmail: SELLER }],
        },
      },
    });
  });

  it('the proof events of the hosted checkout: submitted, correction_requested, accepted', async () => {
    const { sim, sent, sentEvents } = webhookSimulator();
    await act(sim, 'proof-waiting', 'submit_proof', SELLER, { note: 'Receipt' });
    const [submitted] = await sent();
    expect(submitted?.payload).toMatchObject({
      event: 'escrow.proof.submitted',
      data: {
        escrow: { id: 'proof-waiting', proofInfo: { phase: 'submitted_waiting_buyer_review' } },
        proof: {
          latestSubmission: { note: 'Receipt', attachments: [{ viewUrl: expect.any(String) }] },
          checkoutActions: [{ action: 'review_proof', targetUserEmail: BUYER }],
        },
      },
    });
    await act(sim, 'proof-waiting', 'review_proof', BUYER, { decision: 'request_correction' });
    await act(sim, 'proof-waiting', 'submit_proof', SELLER);
    await act(sim, 'proof-waiting', 'review_proof', BUYER, { decision: 'accept' });
    expect(await sentEvents()).toEqual([
      'proof-waiting escrow.proof.correction_requested',
      'proof-waiting escrow.proof.submitted',
      'proof-waiting escrow.proof.accepted',
    ]);
  });

  it('escrow.proof.needs_review when the last correction round is used up', async () => {
    const { sim, sent } = webhookSimulator({ maxCorrectionRounds: 2 });
    await act(sim, 'proof-submitted', 'review_proof', BUYER, { decision: 'request_correction' });
    await act(sim, 'proof-submitted', 'submit_proof', SELLER);
    await act(sim, 'proof-submitted', 'review_proof', BUYER, { decision: 'request_correction' });
    const last = (await sent()).at(-1);
    expect(last?.event).toBe('escrow.proof.needs_review');
    expect(last?.payload.data.proof).toMatchObject({ phase: 'needs_review', correctionRounds: 2 });
  });

  it('clock.advance past the review deadline: escrow.proof.accepted_by_timeout', async () => {
    const { sim, sent } = webhookSimulator({ scenarios: ['proof-submitted'] });
    sim.clock.advance(4 * HOUR);
    expect(await sent()).toEqual([]);
    sim.clock.advance(2 * HOUR);
    const [timeout, ...rest] = await sent();
    expect(rest).toEqual([]);
    expect(timeout).toMatchObject({
      escrowId: 'proof-submitted',
      event: 'escrow.proof.accepted_by_timeout',
      timestamp: sim.clock.now().toISOString(),
    });
    expect(timeout?.payload.data.proof.phase).toBe('accepted_by_timeout');
  });

  it('clock.advance past the upload deadline: escrow.proof.expired and the cancellation', async () => {
    const { sim, sent, sentEvents } = webhookSimulator({ scenarios: ['proof-waiting'] });
    sim.clock.advance(21 * HOUR);
    const [expired, cancelled] = await sent();
    expect(expired?.event).toBe('escrow.proof.expired');
    expect(cancelled?.payload.data).toMatchObject({
      previousStatus: 'paid',
      status: 'cancelled',
      escrow: { status: 'cancelled', proofInfo: { phase: 'expired' } },
    });
    sim.clock.advance(HOUR);
    expect(await sentEvents()).toEqual([]);
  });

  it('the cancellation events: requested (with the reason), rejected, accepted with the status', async () => {
    const { sim, sent, sentEvents } = webhookSimulator();
    await act(sim, 'status-paid', 'request_cancellation', BUYER, { reason: 'Changed my mind' });
    const [requested] = await sent();
    expect(requested?.payload).toMatchObject({
      event: 'escrow.cancellation.requested',
      data: { reason: 'Changed my mind', escrow: { cancellationRequest: { status: 'pending' } } },
    });
    await act(sim, 'status-paid', 'reject_cancellation', SELLER);
    await act(sim, 'cancellation-requested', 'accept_cancellation', SELLER);
    expect(await sentEvents()).toEqual([
      'status-paid escrow.cancellation.rejected',
      'cancellation-requested escrow.cancellation.accepted',
      'cancellation-requested escrow.status.updated',
    ]);
  });

  it('the direct actions: deliver, reject-delivery (with the reason) and cancel', async () => {
    const { sim, sent, sentEvents } = webhookSimulator();
    await viaProxy(sim, 'POST', '/escrows/proof-accepted/deliver');
    await viaProxy(sim, 'POST', '/escrows/status-pending/cancel');
    expect(await sentEvents()).toEqual([
      'proof-accepted escrow.status.updated',
      'status-pending escrow.status.updated',
    ]);
    await viaProxy(sim, 'POST', '/escrows/proof-delivered/reject-delivery', {
      reason: 'Wrong colour',
    });
    const [status, rejected] = await sent();
    expect(status?.payload.data).toMatchObject({ previousStatus: 'delivered', status: 'paid' });
    expect(rejected?.payload).toMatchObject({
      event: 'escrow.delivery.rejected',
      data: { reason: 'Wrong colour', escrow: { id: 'proof-delivered', status: 'paid' } },
    });
  });

  it('contract.signed with data.contract.signedBy, as DHMAD documents it', async () => {
    const { sim, sent } = webhookSimulator();
    await act(sim, 'mode-standard', 'sign_contract', BUYER);
    const [signed] = await sent();
    expect(signed?.payload).toMatchObject({
      event: 'contract.signed',
      data: { contract: { signedBy: 'buyer' }, escrow: { id: 'mode-standard' } },
    });
  });

  it('one delivery per recorded change, in the order of simulator.events', async () => {
    const { sim, sent } = webhookSimulator({ scenarios: false });
    const id = (await api(sim, 'POST', '/escrows', quickWithProof)).body.escrow.id as string;
    await act(sim, id, 'accept_pay', BUYER);
    await act(sim, id, 'submit_proof', SELLER);
    sim.clock.advance(25 * HOUR);
    await api(sim, 'POST', `/escrows/${id}/deliver`);
    await act(sim, id, 'complete', BUYER);
    const delivered = await sent();
    expect(delivered.map((d) => d.event)).toEqual(sim.events.map((e) => e.type));
    expect(delivered.map((d) => d.timestamp)).toEqual(sim.events.map((e) => e.at));
  });
});
