'use client';
import type { UseMutationResult } from '@tanstack/react-query';
import { useCallback, useRef } from 'react';

/**
 * The mutation with `mutate` and `mutateAsync` that send nothing while a call is in flight: a
 * second call (a double tap) gets the first call's promise. For POSTs that must not repeat
 * (a checkout session, a delivery), whose `retry` is also off.
 */
export function useSingleFlight<TData, TError, TVariables>(
  mutation: UseMutationResult<TData, TError, TVariables>,
): UseMutationResult<TData, TError, TVariables> {
  type Result = UseMutationResult<TData, TError, TVariables>;
  const inFlight = useRef<Promise<TData> | null>(null);
  const { mutateAsync: send } = mutation;
  const mutateAsync = useCallback(
    (...args: Parameters<Result['mutateAsync']>) => {
      inFlight.current ??= send(...args).finally(() => {
        inFlight.current = null;
      });
      return inFlight.current;
    },
    [send],
  );
  const mutate = useCallback(
    (...args: Parameters<Result['mutate']>) => {
      mutateAsync(...args).catch(() => {
        // The error is in `mutation.error` and was passed to `options.onError`.
      });
    },
    [mutateAsync],
  );
  return { ...mutation, mutate, mutateAsync } as Result;
}
