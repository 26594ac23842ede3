// @vitest-environment node
import { DEFAULT_WEBHOOK_SIGNATURE_SCHEME } from '@kit/hooks/webhooks';
import { describe, expect, it } from 'vitest';
import { createDhmadSimulator } from '../createDhmadSimulator';
import type { DhmadSimulatorOptions } from '../simulatorOptions';
import { WEBHOOK_SECRET } from '../test/webhookSimulator';
import { resolveWebhookOptions } from './resolveWebhookOptions';
import { WEBHOOK_EVENTS } from './WEBHOOK_EVENTS';

const deliver = () => {};
const valid = { secret: WEBHOOK_SECRET, deliver };

describe('the webhooks option', () => {
  it('defaults to the default scheme, every event and a 10 s timeout', () => {
    expect(resolveWebhookOptions(undefined)).toBeUndefined();
    expect(
      resolveWebhookOptions({ secret: 'AB12', url: new URL('http://127.0.0.1:3000/wh') }),
    ).toEqual({
      secret: 'AB12',
      url: 'http://127.0.0.1:3000/wh',
      deliver: undefined,
      scheme: DEFAULT_WEBHOOK_SIGNATURE_SCHEME,
      events: new Set(WEBHOOK_EVENTS),
      timeoutMs: 10_000,
    });
  });

  it.each([
    ['not an object', 'a string instead of an object', /webhooks\.secret is required/],
    [{ deliver }, 'no secret', /webhooks\.secret must be a non-empty hex string/],
    [{ ...valid, secret: '' }, 'an empty secret', /webhooks\.secret must be a non-empty hex/],
    [{ ...valid, secret: 'not-hex' }, 'a secret that is not hex', /webhooks\.secret must be/],
    [
      { secret: WEBHOOK_SECRET },
      'neither url nor deliver',
      /webhooks\.url or webhooks\.deliver is required/,
    ],
    [
      { ...valid, deliver: 'https://x' },
      'a deliver that is no function',
      /webhooks\.deliver must be a function/,
    ],
    [
      { ...valid, url: '/relative' },
      'a relative url',
      /webhooks\.url must be an absolute http: or https: URL/,
    ],
    [{ ...valid, url: 'ftp://x.test/' }, 'another protocol', /webhooks\.url must be an absolute/],
    [
      { ...valid, scheme: { signedPayload: 'all', encoding: 'hex' } },
      'an unknown signedPayload',
      /scheme\.signedPayload must be one of body, timestamp\.body, id\.timestamp\.body/,
    ],
    [
      { ...valid, scheme: { signedPayload: 'body', encoding: 'base32' } },
      'an unknown encoding',
      /scheme\.encoding must be hex or base64/,
    ],
    [
      { ...valid, scheme: { signedPayload: 'body', encoding: 'hex', secretEncoding: 'latin1' } },
      'an unknown secretEncoding',
      /scheme\.secretEncoding must be utf8 or hex/,
    ],
    [
      {
        ...valid,
        secret: 'abc',
        scheme: { signedPayload: 'body', encoding: 'hex', secretEncoding: 'hex' },
      },
      'an odd hex secret under secretEncoding hex',
      /even number of hex digits/,
    ],
    [
      { ...valid, events: 'escrow.status.updated' },
      'events that are not an array',
      /webhooks\.events must be an array/,
    ],
    [
      { ...valid, events: ['escrow.status.changed'] },
      'an event DHMAD does not document',
      /"escrow\.status\.changed" is not an event DHMAD documents/,
    ],
    [{ ...valid, timeoutMs: 0 }, 'a timeout of 0', /webhooks\.timeoutMs must be a positive number/],
  ])('throws a TypeError for %j (%s)', (webhooks, _case, message) => {
    const options = { webhooks } as unknown as DhmadSimulatorOptions;
    expect(() => createDhmadSimulator(options)).toThrow(TypeError);
    expect(() => createDhmadSimulator(options)).toThrow(message);
  });
});
