import type { EscrowEventListener, EscrowLiveEvent } from '../EscrowEventBus';

/** The in-process fan-out of a shared bus: subscriptions by escrow id, each one able to fail. */
export interface SubscriptionRegistry {
  /** Adds a subscription; the returned function removes it (again: nothing). */
  add(
    escrowIds: readonly string[],
    listener: EscrowEventListener,
    onError?: (error: unknown) => void,
  ): () => void;
  /** Calls each listener subscribed to `event.escrowId` once; a listener's throw is swallowed. */
  deliver(event: EscrowLiveEvent): void;
  /** Removes every subscription and calls each one's `onError` once with `error`. */
  failAll(error: unknown): void;
}

interface Subscription {
  ids: readonly string[];
  listener: EscrowEventListener;
  onError: ((error: unknown) => void) | undefined;
}

/** Calls `callback` and swallows its throw: one broken stream must not stop the others. */
export function callSafely<A>(callback: ((argument: A) => unknown) | undefined, argument: A) {
  try {
    callback?.(argument);
  } catch {
    // Listeners should not throw; a throw stays theirs.
  }
}

export function createSubscriptionRegistry(): SubscriptionRegistry {
  const byId = new Map<string, Set<Subscription>>();
  const all = new Set<Subscription>();

  const remove = (subscription: Subscription) => {
    if (!all.delete(subscription)) return false;
    for (const id of subscription.ids) {
      const set = byId.get(id);
      set?.delete(subscription);
      if (set?.size === 0) byId.delete(id);
    }
    return true;
  };

  return {
    add(escrowIds, listener, onError) {
      const subscription: Subscription = { ids: [...new Set(escrowIds)], listener, onError };
      all.add(subscription);
      for (const id of subscription.ids) {
        const set = byId.get(id) ?? new Set();
        set.add(subscription);
        byId.set(id, set);
      }
      return () => {
        remove(subscription);
      };
    },
    deliver(event) {
      for (const subscription of [...(byId.get(event.escrowId) ?? [])])
        if (all.has(subscription)) callSafely(subscription.listener, event);
    },
    failAll(error) {
      for (const subscription of [...all])
        if (remove(subscription)) callSafely(subscription.onError, error);
    },
  };
}
