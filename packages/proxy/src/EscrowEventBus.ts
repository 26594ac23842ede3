/**
 * What the webhook receiver publishes and the live event stream will send: which escrow moved
 * and DHMAD's event name (`X-Webhook-Event`, e.g. `escrow.proof.submitted`; unknown names pass).
 * Deliberately thin: clients refetch the escrow, which also survives out-of-order and duplicate
 * deliveries.
 */
export interface EscrowLiveEvent {
  escrowId: string;
  event: string;
}

/** Hears the events of the escrows it subscribed to. Should not throw (a throw is swallowed). */
export type EscrowEventListener = (event: EscrowLiveEvent) => void;

/**
 * The publish/subscribe channel between the webhook receiver and the open live streams. One
 * process needs nothing more than `createMemoryEventBus()` (the default); several proxy
 * instances share one through an adapter (e.g. Redis: `publish` → `PUBLISH` on one channel,
 * `subscribe` → in-memory fan-out from one subscriber connection per process, `markDelivered` →
 * `SET key 1 NX PX ttlMs`).
 */
export interface EscrowEventBus {
  /** Sends `event` to every listener subscribed to `event.escrowId`, in every process. */
  publish(event: EscrowLiveEvent): Promise<void>;
  /**
   * Calls `listener` for each later event of one of `escrowIds` (ids are compared exactly) until
   * the returned function is called; calling it again does nothing.
   *
   * `onError` is called at most once, when the bus can no longer deliver this subscription's
   * events (a shared bus lost its connection); the subscription is then over, and the live
   * stream that held it ends so its client falls back to polling and reconnects later. A bus
   * that cannot fail (the in-memory one) never calls it.
   */
  subscribe(
    escrowIds: readonly string[],
    listener: EscrowEventListener,
    onError?: (error: unknown) => void,
  ): () => void;
  /**
   * Claims a webhook delivery id (`X-Webhook-Id`) for `ttlMs` milliseconds: `true` the first
   * time, `false` while an earlier claim holds (a duplicate delivery, to answer 2xx without
   * publishing again). Must be atomic across processes.
   */
  markDelivered(webhookId: string, ttlMs: number): Promise<boolean>;
  /**
   * Releases a claim of `markDelivered`, so that DHMAD's retry of that delivery is published:
   * the receiver calls it when `publish` failed after the claim. Releasing an id that is not
   * claimed does nothing.
   */
  forgetDelivery(webhookId: string): Promise<void>;
}
