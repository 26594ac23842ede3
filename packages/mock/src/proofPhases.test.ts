// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { act, api, BUYER, funded, proof, SELLER } from './test/simulatorRequests';

describe('the proof lifecycle', () => {
  it('pay → submit → correction → submit → accept → deliver (409 before) → complete', async () => {
    const { sim, id } = await funded();
    expect(await proof(sim, id)).toMatchObject({
      phase: 'waiting_seller_proof',
      checkoutActions: [{ action: 'submit_proof', targetUserEmail: SELLER }],
    });
    expect(await api(sim, 'POST', `/escrows/${id}/deliver`)).toMatchObject({
      status: 409,
      body: { error: { code: 'PROOF_NOT_ACCEPTED' } },
    });
    await act(sim, id, 'submit_proof', SELLER, { note: 'Blurry receipt' });
    expect(await proof(sim, id)).toMatchObject({
      phase: 'submitted_waiting_buyer_review',
      checkoutActions: [{ action: 'review_proof', targetUserEmail: BUYER }],
    });
    await act(sim, id, 'review_proof', BUYER, { decision: 'request_correction' });
    expect(await proof(sim, id)).toMatchObject({
      phase: 'correction_requested',
      correctionRounds: 1,
    });
    await act(sim, id, 'submit_proof', SELLER, {
      attachments: [
        { mimeType: 'application/pdf', fileName: 'invoice.pdf' },
        { mimeType: 'image/png' },
      ],
    });
    await act(sim, id, 'review_proof', BUYER, { decision: 'accept' });
    const accepted = await proof(sim, id);
    expect(accepted).toMatchObject({ phase: 'accepted', submissionCount: 2, checkoutActions: [] });
    expect(
      accepted.latestSubmission.attachments.map((a: { mimeType: string }) => a.mimeType),
    ).toEqual(['application/pdf', 'image/png']);
    expect((await api(sim, 'POST', `/escrows/${id}/deliver`)).body.escrow.status).toBe('delivered');
    expect((await act(sim, id, 'complete', BUYER)).status).toBe('completed');
    expect(sim.events.filter((e) => e.type.startsWith('escrow.proof.')).map((e) => e.type)).toEqual(
      [
        'escrow.proof.required',
        'escrow.proof.submitted',
        'escrow.proof.correction_requested',
        'escrow.proof.submitted',
        'escrow.proof.accepted',
      ],
    );
  });
});
