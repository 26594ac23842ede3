import type { EscrowEventBus } from '../EscrowEventBus';
import { type AuthorizationCache, createAuthorizationCache } from './createAuthorizationCache';
import { createEventHub, type EventHub } from './createEventHub';
import { createReplayBuffer } from './createReplayBuffer';
import type { EventStreamSettings } from './resolveEventStreamOptions';

/** What the events route of one proxy shares between its streams. */
export interface EventStreams {
  settings: EventStreamSettings;
  hub: EventHub;
  authorizations: AuthorizationCache;
}

/** The live event stream's shared state, over `bus`. */
export const createEventStreams = (
  settings: EventStreamSettings,
  bus: EscrowEventBus,
): EventStreams => ({
  settings,
  hub: createEventHub(bus, createReplayBuffer(settings.replayBufferSize)),
  authorizations: createAuthorizationCache({ ttlMs: settings.authorizationTtlMs }),
});
