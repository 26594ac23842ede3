import { describe, expect, it } from 'vitest';
import { EscrowApiError, isBusinessRuleError, isEscrowApiError } from './EscrowApiError';

describe('EscrowApiError', () => {
  const business = new EscrowApiError({
    status: 400,
    code: 'CONTRACT_ALREADY_SIGNED',
    type: 'business_rule_violation',
    message: 'Cannot create checkout session: this signer has already signed the contract.',
    userMessage: 'This contract has already been signed.',
  });

  it('carries what a caller branches on and what a user is shown', () => {
    expect(business).toBeInstanceOf(Error);
    expect(business).toMatchObject({
      name: 'EscrowApiError',
      status: 400,
      code: 'CONTRACT_ALREADY_SIGNED',
      userMessage: 'This contract has already been signed.',
    });
  });

  it('is recognised, also across copies of the kit, and nothing else is', () => {
    const foreign = Object.assign(new Error('x'), {
      name: 'EscrowApiError',
      status: 0,
      code: 'NETWORK_ERROR',
    });
    expect(isEscrowApiError(business)).toBe(true);
    expect(isEscrowApiError(foreign)).toBe(true);
    expect(isEscrowApiError(new Error('x'))).toBe(false);
    expect(isEscrowApiError({ status: 400, code: 'X' })).toBe(false);
  });

  it('tells business-rule refusals from other failures', () => {
    expect(isBusinessRuleError(business)).toBe(true);
    expect(
      isBusinessRuleError(
        new EscrowApiError({ status: 403, code: 'HTTP_ERROR', message: 'Forbidden' }),
      ),
    ).toBe(false);
  });
});
