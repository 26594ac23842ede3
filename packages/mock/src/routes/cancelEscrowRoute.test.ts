// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { api, newSim } from '../test/simulatorRequests';

describe('cancelEscrowRoute', () => {
  it('cancels only pending escrows through the API', async () => {
    const sim = newSim();
    expect((await api(sim, 'POST', '/escrows/status-pending/cancel')).body.escrow.status).toBe(
      'cancelled',
    );
    expect((await api(sim, 'POST', '/escrows/status-paid/cancel')).status).toBe(400);
  });
});
