import { describe, expect, it } from 'vitest';
import { initialOrderForm, toNewOrderInput } from './orderForm';

describe('toNewOrderInput', () => {
  it('sends what was typed, a decimal comma as a point, and leaves empty optional fields out', () => {
    const values = {
      ...initialOrderForm('buyer@example.com'),
      title: 'Vintage lamp',
      amount: ' 45,5 ',
      estimatedDeliveryDays: '',
      buyerReviewDeadlineHours: ' 48 ',
    };
    expect(toNewOrderInput(values)).toEqual({
      title: 'Vintage lamp',
      amount: '45.5',
      buyerEmail: 'buyer@example.com',
      estimatedDeliveryDays: undefined,
      proofUploadDeadlineHours: '24',
      buyerReviewDeadlineHours: '48',
      allowedProofTypes: undefined,
    });
  });

  it('sends the chosen proof types', () => {
    const values = { ...initialOrderForm(), allowedProofTypes: ['receipt' as const] };
    expect(toNewOrderInput(values).allowedProofTypes).toEqual(['receipt']);
  });
});
