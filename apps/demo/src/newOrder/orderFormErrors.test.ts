import { describe, expect, it } from 'vitest';
import { DemoApiError } from '../api/DemoApiError';
import { en } from '../i18n/en';
import { fr } from '../i18n/fr';
import { fieldOfPath, orderFormErrors } from './orderFormErrors';

const inFrench = (key: keyof typeof fr) => fr[key];
const inEnglish = (key: keyof typeof en) => en[key];

describe('orderFormErrors', () => {
  it("words the server-side client's refusals per field in the user's language", () => {
    const error = new DemoApiError(400, 'INVALID_ESCROW_INPUT', 'Check the highlighted fields.', {
      title: 'title must be 1 to 200 characters',
      amount: 'amount must be a positive number',
      buyerEmail: 'buyerEmail must be an email',
      'fulfillmentPolicy.proofUploadDeadlineHours':
        'fulfillmentPolicy.proofUploadDeadlineHours must be between 6 and 72 hours',
      'fulfillmentPolicy.buyerReviewDeadlineHours':
        'fulfillmentPolicy.buyerReviewDeadlineHours must be between 6 and 72 hours',
      'fulfillmentPolicy.allowedProofTypes.0':
        'fulfillmentPolicy.allowedProofTypes.0 must be among receipt, order_confirmation, product_photo, tracking_proof, other',
    });
    expect(orderFormErrors(error, inFrench)).toEqual({
      fields: {
        title: 'Saisissez un titre de 1 à 200 caractères.',
        amount: 'Saisissez un montant d’au moins 5 TND, avec au plus 3 décimales.',
        buyerEmail: 'Choisissez l’acheteur.',
        proofUploadDeadlineHours: 'Saisissez un nombre d’heures entre 6 et 72.',
        buyerReviewDeadlineHours: 'Saisissez un nombre d’heures entre 6 et 72.',
        allowedProofTypes: 'Choisissez parmi les types de preuve proposés.',
      },
      form: ['Vérifiez les champs signalés.'],
      unreachable: false,
    });
  });

  it("words DHMAD's refusals per field too, and keeps DHMAD's own messages in the summary", () => {
    const error = new DemoApiError(400, 'VALIDATION_ERROR', 'Invalid escrow.', {
      amount: 'Amount must be at least 5 TND',
      estimatedDeliveryDays: 'Estimated delivery days must be at least 1',
      currency: 'Currency not supported',
    });
    expect(orderFormErrors(error, inFrench)).toEqual({
      fields: {
        amount: 'Saisissez un montant d’au moins 5 TND, avec au plus 3 décimales.',
        estimatedDeliveryDays: 'Saisissez un nombre entier de jours, au moins 1.',
      },
      form: [
        'Vérifiez les champs signalés.',
        'Amount must be at least 5 TND',
        'Estimated delivery days must be at least 1',
        'Currency not supported',
      ],
      unreachable: false,
    });
  });

  it("shows a refusal without details by the server's message", () => {
    const error = new DemoApiError(403, 'FORBIDDEN', 'Only sellers create orders.');
    expect(orderFormErrors(error, inEnglish)).toEqual({
      fields: {},
      form: ['Only sellers create orders.'],
      unreachable: false,
    });
  });

  it.each([
    [
      'DHMAD unreachable (502)',
      new DemoApiError(502, 'NETWORK_ERROR', 'DHMAD could not be reached.'),
    ],
    ['no answer from the server', new DemoApiError(0, 'NETWORK_ERROR', 'offline')],
    ['anything else thrown', new TypeError('boom')],
  ])('asks to try again when %s', (_, error) => {
    expect(orderFormErrors(error, inEnglish)).toEqual({
      fields: {},
      form: ['DHMAD could not be reached, so the order was not created. Try again.'],
      unreachable: true,
    });
  });
});

describe('fieldOfPath', () => {
  it('names a form field only for the paths the form has', () => {
    expect(fieldOfPath('estimatedDeliveryDays')).toBe('estimatedDeliveryDays');
    expect(fieldOfPath('fulfillmentPolicy.allowedProofTypes')).toBe('allowedProofTypes');
    expect(fieldOfPath('fulfillmentPolicy')).toBeUndefined();
    expect(fieldOfPath('fulfillmentPolicy.title')).toBeUndefined();
    expect(fieldOfPath('proofUploadDeadlineHours')).toBeUndefined();
    expect(fieldOfPath('input')).toBeUndefined();
  });
});
