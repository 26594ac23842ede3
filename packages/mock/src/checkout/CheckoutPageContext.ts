import type { Escrow } from '@kit/hooks/core';
import type { SimulatorState, StoredSession } from '../simulatorState';
import type { CheckoutFormErrors, CheckoutFormValues } from './readCheckoutForm';

/** Everything a hosted checkout page is drawn from. */
export interface CheckoutPageContext {
  state: SimulatorState;
  session: StoredSession;
  escrow: Escrow;
  /** The page's own path (`/checkout/:sessionId`): the abandon link is under it. */
  pagePath: string;
  /** What the user sent, when the page is shown again with errors. */
  values: CheckoutFormValues;
  errors: CheckoutFormErrors;
}
