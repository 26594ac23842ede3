// @kit/mock as installed: the simulator behind MSW's handlers answers a fetch of the proxy contract.
import assert from 'node:assert/strict';
import { createDhmadSimulator, createMockHandlers } from '@kit/mock';
import { setupServer } from 'msw/node';

const simulator = createDhmadSimulator({ scenarios: true, viewerEmail: 'buyer@example.com' });
const server = setupServer(
  ...createMockHandlers({ simulator, baseUrl: 'https://shop.example/api/escrow' }),
);
server.listen({ onUnhandledRequest: 'error' });
try {
  const response = await fetch('https://shop.example/api/escrow/escrows/proof-submitted');
  assert.equal(response.status, 200);
  const { escrow } = await response.json();
  assert.equal(escrow.status, 'paid');
  console.log('GET escrows/proof-submitted', response.status, escrow.status);
} finally {
  server.close();
}
