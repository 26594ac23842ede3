// @kit/proxy as installed: the handler calls DHMAD with the key and passes its answer through.
import assert from 'node:assert/strict';
import { createEscrowProxy } from '@kit/proxy';

const apiKey = `sk_sandbox_${'0123456789abcdef'.repeat(4)}`;
const calls = [];
const notFound = {
  success: false,
  error: { code: 'ESCROW_NOT_FOUND', type: 'not_found', message: 'Escrow not found' },
};
const proxy = createEscrowProxy({
  apiKey,
  getUser: () => ({ email: 'buyer@example.com' }),
  redirectUrl: 'https://shop.example/checkout/return',
  fetch: async (url, init) => {
    calls.push({ url: String(url), headers: new Headers(init?.headers) });
    return Response.json(notFound, { status: 404 });
  },
});
const response = await proxy(new Request('https://shop.example/api/escrow/escrows/e1'));
assert.equal(response.status, 404);
assert.deepEqual(await response.json(), notFound);
assert.equal(calls[0]?.url, 'https://sandbox.dhmad.tn/api/v1/escrows/e1');
assert.ok([...calls[0].headers.values()].some((value) => value.includes(apiKey)));
console.log('GET escrows/e1', response.status, '← DHMAD', calls[0].url);
