import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { DirectActionResult, Escrow, Proof } from '@kit/hooks';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type CreateEscrowInput,
  createDhmadClient,
  createEscrowProxy,
  DhmadApiError,
  type DhmadClient,
  type DhmadRawAnswer,
  type DhmadRawFailure,
  type EscrowCreated,
  type EscrowEventStreamOptions,
  type EscrowProxyHandler,
  type EscrowProxyOptions,
  type PROOF_TYPES,
  type ProofType,
  type ProxyErrorCode,
  type RedirectUrlContext,
} from './index';
import { toNodeHandler } from './node';

const apiKey = `sk_sandbox_${'0'.repeat(64)}`;

describe('public types', () => {
  it('returns a plain fetch handler, assignable to a Next.js route export', () => {
    const handler = createEscrowProxy({
      apiKey,
      getUser: () => null,
      redirectUrl: 'https://shop.example/cb',
    });
    expectTypeOf(handler).toEqualTypeOf<EscrowProxyHandler>();
    expectTypeOf(handler).toExtend<(request: Request) => Promise<Response>>();
  });

  it('carries the app’s own user type from getUser into authorize and resolveRedirectUrl', () => {
    interface AppUser {
      email: string;
      isAdmin: boolean;
    }
    createEscrowProxy({
      apiKey,
      getUser: async (): Promise<AppUser | null> => null,
      authorize: (user, escrow) => {
        expectTypeOf(user).toEqualTypeOf<AppUser>();
        expectTypeOf(escrow).toEqualTypeOf<Escrow>();
        return user.isAdmin;
      },
      resolveRedirectUrl: (_request, context) => {
        expectTypeOf(context).toEqualTypeOf<RedirectUrlContext<AppUser>>();
        return `https://shop.example/orders/${context.escrowId}`;
      },
    });
  });

  it('requires apiKey and getUser, and accepts the global fetch', () => {
    // @ts-expect-error getUser is required
    const missing: EscrowProxyOptions = { apiKey, redirectUrl: 'https://shop.example/cb' };
    expectTypeOf(missing).toBeObject();
    expectTypeOf(fetch).toExtend<NonNullable<EscrowProxyOptions['fetch']>>();
    expectTypeOf<EscrowProxyOptions['allowedOrigins']>().toEqualTypeOf<
      readonly string[] | undefined
    >();
  });

  it('takes the live event stream’s options as optional numbers under events', () => {
    expectTypeOf<EscrowProxyOptions['events']>().toEqualTypeOf<
      EscrowEventStreamOptions | undefined
    >();
    expectTypeOf<Required<EscrowEventStreamOptions>>().toEqualTypeOf<{
      heartbeatMs: number;
      retryMs: number;
      replayBufferSize: number;
      authorizationTtlMs: number;
      maxEscrowsPerStream: number;
    }>();
    // @ts-expect-error durations are numbers of milliseconds
    const wrong: EscrowEventStreamOptions = { heartbeatMs: '15s' };
    expectTypeOf(wrong).toBeObject();
  });

  it('adapts to node:http and Express listeners', () => {
    const listener = toNodeHandler(async () => new Response('{}'));
    expectTypeOf(listener).toExtend<RequestListener>();
    expectTypeOf(listener).parameters.toEqualTypeOf<[IncomingMessage, ServerResponse]>();
  });

  it('names its own error codes', () => {
    expectTypeOf<'UPSTREAM_TIMEOUT'>().toExtend<ProxyErrorCode>();
    expectTypeOf<'ORIGIN_NOT_ALLOWED'>().toExtend<ProxyErrorCode>();
    expectTypeOf<'MISCONFIGURED'>().toExtend<ProxyErrorCode>();
    expectTypeOf<'INVALID_QUERY'>().toExtend<ProxyErrorCode>();
    expectTypeOf<'SOMETHING_ELSE'>().not.toExtend<ProxyErrorCode>();
  });

  it('types the DHMAD client’s methods, its input and its one error', () => {
    const client = createDhmadClient({ apiKey });
    expectTypeOf(client).toEqualTypeOf<DhmadClient>();
    expectTypeOf(client.getEscrow).returns.resolves.toEqualTypeOf<Escrow>();
    expectTypeOf(client.getProof).returns.resolves.toEqualTypeOf<Proof>();
    expectTypeOf(client.createEscrow).returns.resolves.toEqualTypeOf<EscrowCreated>();
    expectTypeOf(client.deliver).returns.resolves.toEqualTypeOf<DirectActionResult>();
    expectTypeOf(client.rejectDelivery)
      .parameter(1)
      .toEqualTypeOf<{ reason?: string } | undefined>();
    expectTypeOf(client.raw).returns.resolves.toEqualTypeOf<DhmadRawAnswer | DhmadRawFailure>();
    expectTypeOf<(typeof PROOF_TYPES)[number]>().toEqualTypeOf<ProofType>();
    expectTypeOf<'selfie'>().not.toExtend<ProofType>();
    const policyOnly: CreateEscrowInput['fulfillmentPolicy'] = {
      type: 'purchase_proof_required',
      allowedProofTypes: ['receipt'],
    };
    expectTypeOf(policyOnly).not.toBeUndefined();
    // @ts-expect-error the policy type is the documented one
    const wrong: CreateEscrowInput['fulfillmentPolicy'] = { type: 'other' };
    expectTypeOf(wrong).not.toBeNever();
    expectTypeOf<DhmadApiError['status']>().toEqualTypeOf<number>();
    expectTypeOf(new DhmadApiError({ status: 0, code: 'TIMEOUT', message: '' })).toExtend<Error>();
  });
});
