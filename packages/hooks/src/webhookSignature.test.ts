// @vitest-environment node
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_WEBHOOK_SIGNATURE_SCHEME,
  signWebhook,
  verifyWebhookSignature,
  type WebhookSignatureScheme,
} from './webhooks';

const SECRET = 'a3f1c2e4b5d60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90';
const id = 'wh_evt_123';
const timestamp = '2026-11-29T21:00:00.000Z';
const body = JSON.stringify({ event: 'escrow.proof.submitted', data: { escrow: { id: 'e1' } } });

/** The reference: Node's own HMAC, as the docs' example would compute it. */
const nodeHmac = (key: string | Buffer, payload: string, encoding: 'hex' | 'base64') =>
  createHmac('sha256', key).update(payload).digest(encoding);

const SCHEMES: [WebhookSignatureScheme, string][] = [
  [{ signedPayload: 'body', encoding: 'hex' }, nodeHmac(SECRET, body, 'hex')],
  [{ signedPayload: 'body', encoding: 'base64' }, nodeHmac(SECRET, body, 'base64')],
  [
    { signedPayload: 'timestamp.body', encoding: 'hex' },
    nodeHmac(SECRET, `${timestamp}.${body}`, 'hex'),
  ],
  [
    { signedPayload: 'id.timestamp.body', encoding: 'base64' },
    nodeHmac(SECRET, `${id}.${timestamp}.${body}`, 'base64'),
  ],
  [
    { signedPayload: 'body', encoding: 'hex', secretEncoding: 'hex' },
    nodeHmac(Buffer.from(SECRET, 'hex'), body, 'hex'),
  ],
];

describe('webhook signatures', () => {
  it('defaults to an HMAC-SHA256 of the raw body, hex, keyed with the secret text', async () => {
    expect(DEFAULT_WEBHOOK_SIGNATURE_SCHEME).toEqual({
      signedPayload: 'body',
      encoding: 'hex',
      secretEncoding: 'utf8',
    });
    expect(await signWebhook(SECRET, { id, timestamp, body })).toBe(nodeHmac(SECRET, body, 'hex'));
  });

  it.each(SCHEMES)('signs and verifies %o like node:crypto', async (scheme, expected) => {
    expect(await signWebhook(SECRET, { id, timestamp, body }, scheme)).toBe(expected);
    expect(
      await verifyWebhookSignature(SECRET, { id, timestamp, body, signature: expected }, scheme),
    ).toBe(true);
  });

  it('signs bytes and their UTF-8 text alike', async () => {
    const text = '{"note":"تم التسليم ✓"}';
    expect(await signWebhook(SECRET, { id, timestamp, body: new TextEncoder().encode(text) })).toBe(
      nodeHmac(SECRET, text, 'hex'),
    );
  });

  it('accepts a sha256= prefix, surrounding whitespace and uppercase hex', async () => {
    const hex = nodeHmac(SECRET, body, 'hex');
    for (const signature of [`sha256=${hex}`, `  SHA256=${hex.toUpperCase()}\t`, ` ${hex} `]) {
      expect(await verifyWebhookSignature(SECRET, { id, timestamp, body, signature })).toBe(true);
    }
  });

  it('refuses another secret, body, timestamp, id or scheme', async () => {
    const hex = nodeHmac(SECRET, body, 'hex');
    const signed = { id, timestamp, body, signature: hex };
    expect(await verifyWebhookSignature(`${SECRET}0`, signed)).toBe(false);
    expect(await verifyWebhookSignature(SECRET, { ...signed, body: `${body} ` })).toBe(false);
    const withTimestamp: WebhookSignatureScheme = {
      signedPayload: 'timestamp.body',
      encoding: 'hex',
    };
    expect(await verifyWebhookSignature(SECRET, signed, withTimestamp)).toBe(false);
    const full = { signedPayload: 'id.timestamp.body', encoding: 'hex' } as const;
    const fullSignature = await signWebhook(SECRET, { id, timestamp, body }, full);
    const fullySigned = { ...signed, signature: fullSignature };
    expect(await verifyWebhookSignature(SECRET, fullySigned, full)).toBe(true);
    expect(await verifyWebhookSignature(SECRET, { ...fullySigned, id: 'other' }, full)).toBe(false);
    expect(
      await verifyWebhookSignature(SECRET, { ...fullySigned, timestamp: `${timestamp} ` }, full),
    ).toBe(false);
    expect(
      await verifyWebhookSignature(SECRET, signed, { signedPayload: 'body', encoding: 'base64' }),
    ).toBe(false);
  });

  it('answers false, never throws, for a malformed or missing signature', async () => {
    const hex = nodeHmac(SECRET, body, 'hex');
    for (const signature of [
      undefined,
      null,
      '',
      'sha256=',
      hex.slice(0, -1),
      `${hex}00`,
      `${hex.slice(0, -2)}zz`,
      'not base64!',
      '=',
    ]) {
      expect(await verifyWebhookSignature(SECRET, { id, timestamp, body, signature })).toBe(false);
      expect(
        await verifyWebhookSignature(
          SECRET,
          { id, timestamp, body, signature },
          { signedPayload: 'body', encoding: 'base64' },
        ),
      ).toBe(false);
    }
  });

  it('rejects an empty secret, or one that is not hex under secretEncoding hex, with a TypeError', async () => {
    await expect(signWebhook('', { id, timestamp, body })).rejects.toThrow(TypeError);
    const hexScheme = { signedPayload: 'body', encoding: 'hex', secretEncoding: 'hex' } as const;
    await expect(
      verifyWebhookSignature('xyz', { id, timestamp, body, signature: 'ab' }, hexScheme),
    ).rejects.toThrow(/hex string/);
  });
});
