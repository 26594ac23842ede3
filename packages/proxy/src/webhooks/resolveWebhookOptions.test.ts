// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createEscrowProxy } from '../createEscrowProxy';
import type { EscrowProxyOptions } from '../EscrowProxyOptions';
import { API_KEY } from '../test/apiKey';
import { CALLBACK_URL } from '../test/createTestUpstream';
import { delivery, WEBHOOK_SECRET } from '../test/setupWebhookProxy';

const create = (extra: Record<string, unknown>) => () =>
  createEscrowProxy({
    apiKey: API_KEY,
    getUser: () => null,
    redirectUrl: CALLBACK_URL,
    ...extra,
  } as EscrowProxyOptions);

describe('the webhooks option', () => {
  it.each([
    [{ webhooks: 'secret' }, /`webhooks` must be an object/],
    [{ webhooks: { secret: 's', path: 'hooks' } }, /`webhooks.path`/],
    [{ webhooks: { secret: 's', path: '/:id' } }, /`webhooks.path`/],
    [{ webhooks: { secret: 's', toleranceMs: 0 } }, /`webhooks.toleranceMs`/],
    [
      { webhooks: { secret: 's', deduplicationTtlMs: Number.NaN } },
      /`webhooks.deduplicationTtlMs`/,
    ],
    [
      { webhooks: { secret: 's', scheme: { signedPayload: 'body', encoding: 'hmac' } } },
      /`webhooks.scheme`/,
    ],
    [{ webhooks: { secret: 's', onEvent: 'log' } }, /`webhooks.onEvent`/],
    [{ webhooks: { secret: 's' }, eventBus: { publish() {} } }, /`eventBus`/],
  ])('refuses %j with a TypeError at construction', (extra, message) => {
    expect(create(extra)).toThrow(TypeError);
    expect(create(extra)).toThrow(message);
  });

  it('builds without a secret (read at run time), and with no receiver the path is not served', async () => {
    expect(create({ webhooks: { secret: undefined } })).not.toThrow();
    const withoutReceiver = create({})();
    expect((await withoutReceiver(await delivery())).status).toBe(404);
  });

  it('serves the receiver on a configured path under basePath', async () => {
    const proxy = create({
      basePath: '/hooks-base',
      webhooks: { secret: WEBHOOK_SECRET, path: '/dhmad' },
    })();
    const signed = await delivery();
    const moved = new Request('https://shop.example/hooks-base/dhmad', signed);
    expect((await proxy(moved)).status).toBe(200);
    expect((await proxy(await delivery())).status).toBe(404);
  });

  it('refuses a secret that is not hex when the scheme reads it as hex', async () => {
    const proxy = create({
      webhooks: {
        secret: 'not hex',
        scheme: { signedPayload: 'body', encoding: 'hex', secretEncoding: 'hex' },
      },
      onError: () => undefined,
    })();
    expect((await proxy(await delivery({ signature: 'ab' }))).status).toBe(500);
  });
});
