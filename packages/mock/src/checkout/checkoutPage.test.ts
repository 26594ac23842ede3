// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { openCheckoutSession } from '../checkoutSession';
import { loadScenario } from '../loadScenario';
import { SCENARIO_BUYER } from '../scenarios';
import { createSimulatorState } from '../simulatorState';
import { checkoutPage } from './checkoutPage';

describe('checkoutPage', () => {
  it('gives an action it does not know a generic "Confirm" page', () => {
    const state = createSimulatorState({});
    const escrow = state.escrows.get(loadScenario(state, 'status-paid'));
    if (!escrow) throw new Error('no escrow');
    const session = openCheckoutSession(state, {
      escrowId: escrow.id,
      // DHMAD's list of actions may grow; the simulator's type does not know this one.
      action: 'extend_deadline' as never,
      targetUserEmail: SCENARIO_BUYER,
      redirectUrl: 'http://localhost:6006/checkout/return',
    });
    const html = String(
      checkoutPage({ state, session, escrow, pagePath: '/checkout/x', values: {}, errors: {} }),
    );
    expect(html).toContain('<h1>Confirm</h1>');
    expect(html).toContain('<button type="submit">Confirm</button>');
    expect(html).toContain('<a href="/checkout/x/abandon">Abandon and return to the app</a>');
  });
});
