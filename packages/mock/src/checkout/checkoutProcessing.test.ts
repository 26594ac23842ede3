// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { createDhmadSimulator } from '../createDhmadSimulator';
import { postForm } from '../test/checkoutPages';
import { api, BUYER, SELLER, session } from '../test/simulatorRequests';

const slowSim = () => createDhmadSimulator({ scenarios: true, checkoutProcessingMs: 40 });
const status = async (sim: ReturnType<typeof slowSim>, id: string) =>
  (await api(sim, 'GET', `/escrows/${id}`)).body.escrow.status;

describe('checkoutProcessingMs', () => {
  it('redirects with the session completed, and moves the escrow (and sends its event) later', async () => {
    const sim = slowSim();
    const id = await session(sim, 'mode-quick', 'accept_pay', BUYER);
    const eventsBefore = sim.events.length;

    const sent = await postForm(sim, id, {});
    expect(sent.status).toBe(303);
    expect((await api(sim, 'GET', `/sessions/${id}`)).body.session.status).toBe('completed');
    expect(await status(sim, 'mode-quick')).toBe('pending');
    expect(sim.events).toHaveLength(eventsBefore);

    await vi.waitFor(async () => expect(await status(sim, 'mode-quick')).toBe('paid'));
    expect(sim.events.slice(eventsBefore).map((e) => e.type)).toContain('escrow.status.updated');
  });

  it('changes nothing when the action is no longer possible once processed', async () => {
    const sim = slowSim();
    const id = await session(sim, 'mode-quick', 'accept_pay', BUYER);
    await postForm(sim, id, {});
    const cancelled = await api(sim, 'POST', '/escrows/mode-quick/cancel', {});
    expect(cancelled.status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(await status(sim, 'mode-quick')).toBe('cancelled');
  });

  it('does not delay simulator.completeSession, and refuses a negative or non-number delay', async () => {
    const sim = slowSim();
    const id = await session(sim, 'status-paid', 'cancel_escrow', SELLER);
    sim.completeSession(id);
    expect(await status(sim, 'status-paid')).toBe('cancelled');
    expect(() => createDhmadSimulator({ checkoutProcessingMs: -1 })).toThrow(TypeError);
    expect(() => createDhmadSimulator({ checkoutProcessingMs: Number.NaN })).toThrow(
      /checkoutProcessingMs/,
    );
  });
});
