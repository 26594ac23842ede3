// @kit/hooks as installed: the client parses a DHMAD error into the kit's one error type.
import assert from 'node:assert/strict';
import { createEscrowClient, isEscrowApiError } from '@kit/hooks';

const dhmadError = {
  success: false,
  error: {
    code: 'ESCROW_NOT_PAID',
    type: 'business_rule',
    message: 'Escrow is not paid',
    user_message: 'The buyer has not paid yet.',
  },
};
const client = createEscrowClient({
  baseUrl: 'https://shop.example/api/escrow',
  fetch: async () => Response.json(dhmadError, { status: 400 }),
});
const error = await client.getEscrow('e1').catch((caught) => caught);
assert.ok(isEscrowApiError(error), String(error));
assert.equal(error.status, 400);
assert.equal(error.code, 'ESCROW_NOT_PAID');
assert.equal(error.userMessage, 'The buyer has not paid yet.');
console.log('EscrowApiError', error.status, error.code);
