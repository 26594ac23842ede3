import { createMemoryEventBus } from '../createMemoryEventBus';
import type { EscrowEventBus, EscrowEventListener, EscrowLiveEvent } from '../EscrowEventBus';

/** An in-memory event bus that shows its subscriptions and can fail like a shared one. */
export interface SpyBus extends EscrowEventBus {
  /** The escrow ids of the subscriptions open now, one entry per id per subscription. */
  subscribed(): string[];
  /** Every `subscribe` call so far, open or not. */
  subscribeCalls: number;
  /** Calls `onError` of every open subscription, as a shared bus that lost its connection. */
  fail(error: unknown): void;
  /** Hands `event` to every open listener, whatever escrow each subscribed to (a faulty bus). */
  leak(event: EscrowLiveEvent): void;
  /** Makes the next `subscribe` throw `error`. */
  refuseNextSubscribe(error: unknown): void;
}

interface Subscription {
  ids: readonly string[];
  listener: EscrowEventListener;
  onError: ((error: unknown) => void) | undefined;
}

export function createSpyBus(): SpyBus {
  const bus = createMemoryEventBus();
  const open = new Set<Subscription>();
  let refusal: { error: unknown } | undefined;
  const spy: SpyBus = {
    ...bus,
    subscribeCalls: 0,
    subscribe(ids, listener, onError) {
      spy.subscribeCalls += 1;
      if (refusal) {
        const { error } = refusal;
        refusal = undefined;
        throw error;
      }
      const subscription = { ids: [...ids], listener, onError };
      open.add(subscription);
      const unsubscribe = bus.subscribe(ids, listener, onError);
      return () => {
        open.delete(subscription);
        unsubscribe();
      };
    },
    subscribed: () => [...open].flatMap((subscription) => subscription.ids),
    fail(error) {
      for (const subscription of [...open]) {
        open.delete(subscription);
        subscription.onError?.(error);
      }
    },
    leak(event) {
      for (const subscription of [...open]) subscription.listener(event);
    },
    refuseNextSubscribe(error) {
      refusal = { error };
    },
  };
  return spy;
}
