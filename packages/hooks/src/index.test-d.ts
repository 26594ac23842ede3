import { QueryClient } from '@tanstack/react-query';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type ActionAvailability,
  type BusinessErrorCode,
  type CheckoutAction,
  type CheckoutReturn,
  type CheckoutSessionCreated,
  type Escrow,
  type EscrowAction,
  EscrowApiError,
  type EscrowKitProviderProps,
  type EscrowStatus,
  escrowKeys,
  escrowQueries,
  getActionAvailability,
  isBusinessRuleError,
  type Proof,
  type ProofPhase,
  type ServerClock,
  useCheckoutReturn,
  useCreateCheckoutSession,
  useEscrow,
  useEscrowProof,
  useEscrowWithProof,
  useServerClock,
} from './index';

describe('public types', () => {
  it('queryOptions factories carry their data type into the cache', () => {
    const client = new QueryClient();
    expectTypeOf(client.getQueryData(escrowQueries.detail('e1').queryKey)).toEqualTypeOf<
      Escrow | undefined
    >();
    expectTypeOf(client.getQueryData(escrowQueries.proof('e1').queryKey)).toEqualTypeOf<
      Proof | undefined
    >();
    expectTypeOf(escrowKeys.detail('e1')).toEqualTypeOf<
      readonly ['escrow-kit', 'escrow', string, 'detail']
    >();
  });

  it('hooks return typed data and EscrowApiError', () => {
    expectTypeOf(useEscrow).returns.toHaveProperty('data').toEqualTypeOf<Escrow | undefined>();
    expectTypeOf(useEscrow).returns.toHaveProperty('error').toEqualTypeOf<EscrowApiError | null>();
    expectTypeOf(useEscrowProof).returns.toHaveProperty('refresh').toBeFunction();
    expectTypeOf(useCreateCheckoutSession)
      .returns.toHaveProperty('data')
      .toEqualTypeOf<CheckoutSessionCreated | undefined>();
    expectTypeOf(useCheckoutReturn).returns.toEqualTypeOf<CheckoutReturn>();
    expectTypeOf<CheckoutReturn['outcome']>().toEqualTypeOf<
      'completed' | 'processing' | 'abandoned' | 'unknown'
    >();
  });

  it('useEscrowWithProof gives the escrow, then its proof (null when it has none)', () => {
    const result = useEscrowWithProof('e1');
    expectTypeOf(result.escrow).toEqualTypeOf<Escrow | undefined>();
    expectTypeOf(result.proof).toEqualTypeOf<Proof | null | undefined>();
    expectTypeOf(result.error).toEqualTypeOf<EscrowApiError | null>();
    expectTypeOf(result.proofQuery.refresh).toBeFunction();
  });

  it('server enumerations are open, the request action is closed', () => {
    expectTypeOf<'paid'>().toExtend<EscrowStatus>();
    expectTypeOf<'frozen_by_regulator'>().toExtend<EscrowStatus>();
    expectTypeOf<'a_future_phase'>().toExtend<ProofPhase>();
    expectTypeOf<'A_FUTURE_CODE'>().toExtend<BusinessErrorCode>();
    expectTypeOf<'refund_now'>().not.toExtend<CheckoutAction>();
    // @ts-expect-error only the ten documented actions can be requested
    useCreateCheckoutSession('e1').mutate({ action: 'refund_now' });
  });

  it('availability covers every action, checkout and direct', () => {
    expectTypeOf(getActionAvailability).returns.toEqualTypeOf<
      Record<EscrowAction, ActionAvailability>
    >();
    expectTypeOf<'deliver'>().toExtend<EscrowAction>();
    expectTypeOf<'deliver'>().not.toExtend<CheckoutAction>();
  });

  it('errors narrow with the guards', () => {
    const error: unknown = new EscrowApiError({ status: 400, code: 'X', message: 'x' });
    if (isBusinessRuleError(error))
      expectTypeOf(error.userMessage).toEqualTypeOf<string | undefined>();
  });

  it('the server clock reads like Date.now(), in ms', () => {
    expectTypeOf(useServerClock).returns.toEqualTypeOf<ServerClock>();
    expectTypeOf<ServerClock['now']>().returns.toEqualTypeOf<number>();
    expectTypeOf<ServerClock['offset']>().toEqualTypeOf<number>();
  });

  it('provider headers may be an object or an async function', () => {
    expectTypeOf<{ 'X-CSRF-Token': string }>().toExtend<EscrowKitProviderProps['headers']>();
    expectTypeOf<() => Promise<Record<string, string>>>().toExtend<
      EscrowKitProviderProps['headers']
    >();
  });

  it('live updates are an optional switch of the provider', () => {
    expectTypeOf<EscrowKitProviderProps['live']>().toEqualTypeOf<boolean | undefined>();
  });
});
