import { docEscrow } from '@kit/test-utils';
import { describe, expect, it } from 'vitest';
import { isDisputeOpen } from './isDisputeOpen';

describe('isDisputeOpen', () => {
  it.each([
    ['an open ticket', { disputeTicket: { status: 'open' } }, true],
    ['a ticket without status', { disputeTicket: {} }, true],
    ['a closed ticket', { disputeTicket: { status: 'closed' } }, false],
    ['only a ticket id', { disputeTicket: null }, true],
    ['no ticket at all', { disputeTicket: null, disputeTicketId: null }, false],
  ])('%s → %s', (_, fields, expected) => {
    expect(isDisputeOpen({ ...docEscrow, ...fields })).toBe(expected);
  });
});
