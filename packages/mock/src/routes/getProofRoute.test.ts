// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { api, newSim } from '../test/simulatorRequests';

describe('getProofRoute', () => {
  it('refuses a proof for an escrow without the proof policy', async () => {
    expect((await api(newSim(), 'GET', '/escrows/status-paid/proof')).status).toBe(400);
  });
});
