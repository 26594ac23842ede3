import type { EscrowEventBus, EscrowEventListener } from './EscrowEventBus';

export interface MemoryEventBusOptions {
  /**
   * How many webhook ids `markDelivered` remembers at most; past it, expired ids go first, then
   * the oldest. Not documented by DHMAD: chosen as far above a 5-minute burst of one account's
   * webhooks while staying under ~1 MB.
   * @default 10000
   */
  maxDeliveryIds?: number;
  /** The clock, in epoch milliseconds (for tests). @default Date.now */
  now?: () => number;
}

/**
 * The event bus of a single process (the default of `createEscrowProxy`): listeners in a map by
 * escrow id, and delivery ids in a bounded map with a time to live. Several proxy instances need
 * a shared bus instead, or a webhook reaches only the streams of the instance that received it.
 */
export function createMemoryEventBus(options: MemoryEventBusOptions = {}): EscrowEventBus {
  const maxDeliveryIds = options.maxDeliveryIds ?? 10_000;
  if (!Number.isInteger(maxDeliveryIds) || maxDeliveryIds < 1) {
    throw new TypeError('createMemoryEventBus: `maxDeliveryIds` must be a positive integer.');
  }
  const now = options.now ?? Date.now;
  const listeners = new Map<string, Set<EscrowEventListener>>();
  /** Webhook id → when its claim ends; insertion order is claim order. */
  const delivered = new Map<string, number>();

  const makeRoom = (at: number) => {
    for (const [id, expiresAt] of delivered) if (expiresAt <= at) delivered.delete(id);
    while (delivered.size >= maxDeliveryIds) {
      const oldest = delivered.keys().next().value as string;
      delivered.delete(oldest);
    }
  };

  return {
    async publish(event) {
      for (const listener of [...(listeners.get(event.escrowId) ?? [])]) {
        try {
          listener(event);
        } catch {
          // One broken stream must not keep the event from the others.
        }
      }
    },
    subscribe(escrowIds, listener) {
      const ids = [...new Set(escrowIds)];
      for (const id of ids) {
        const set = listeners.get(id) ?? new Set();
        set.add(listener);
        listeners.set(id, set);
      }
      let active = true;
      return () => {
        if (!active) return;
        active = false;
        for (const id of ids) {
          const set = listeners.get(id);
          set?.delete(listener);
          if (set?.size === 0) listeners.delete(id);
        }
      };
    },
    async markDelivered(webhookId, ttlMs) {
      const at = now();
      const expiresAt = delivered.get(webhookId);
      if (expiresAt !== undefined && expiresAt > at) return false;
      delivered.delete(webhookId);
      if (delivered.size >= maxDeliveryIds) makeRoom(at);
      delivered.set(webhookId, at + ttlMs);
      return true;
    },
    async forgetDelivery(webhookId) {
      delivered.delete(webhookId);
    },
  };
}
