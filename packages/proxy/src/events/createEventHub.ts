import type { EscrowEventBus, EscrowLiveEvent } from '../EscrowEventBus';
import type { NumberedEvent, ReplayBuffer } from './createReplayBuffer';

/** One open stream, as the hub knows it. */
export interface EventHubMember {
  /** Called with each later event of one of the member's escrows. Should not throw. */
  send(event: NumberedEvent): void;
  /** Called when the bus can no longer deliver one of the member's escrows: end the stream. */
  lost(error: unknown): void;
}

/** The open streams of one proxy, joined to the event bus. */
export interface EventHub {
  /**
   * Sends `member` every later event of `escrowIds` until the returned function is called
   * (again: nothing). Throws what the bus's `subscribe` throws, holding nothing then.
   */
  join(escrowIds: readonly string[], member: EventHubMember): () => void;
  /** What `ReplayBuffer.after` says: the kept events after `lastEventId` for `escrowIds`. */
  replay(lastEventId: string, escrowIds: ReadonlySet<string>): NumberedEvent[];
}

interface Topic {
  members: Set<EventHubMember>;
  unsubscribe(): void;
}

const isLiveEvent = (event: EscrowLiveEvent, escrowId: string) =>
  event?.escrowId === escrowId && typeof event.event === 'string';

/**
 * One bus subscription per watched escrow in this process, however many streams watch it: each
 * event is numbered and kept in `buffer` once, then sent to the streams of that escrow only (an
 * event a bus hands over for another escrow is dropped). The last stream to leave an escrow
 * unsubscribes it; the bus's `onError` for an escrow ends every stream that watches it.
 */
export function createEventHub(bus: EscrowEventBus, buffer: ReplayBuffer): EventHub {
  const topics = new Map<string, Topic>();

  function leave(escrowId: string, member: EventHubMember) {
    const topic = topics.get(escrowId);
    if (!topic?.members.delete(member) || topic.members.size > 0) return;
    topics.delete(escrowId);
    topic.unsubscribe();
  }

  function enter(escrowId: string, member: EventHubMember) {
    const existing = topics.get(escrowId);
    if (existing) {
      existing.members.add(member);
      return;
    }
    const topic: Topic = { members: new Set([member]), unsubscribe: () => {} };
    topics.set(escrowId, topic);
    try {
      topic.unsubscribe = bus.subscribe(
        [escrowId],
        (event) => {
          if (!isLiveEvent(event, escrowId)) return;
          const numbered = buffer.add({ escrowId, event: event.event });
          for (const each of [...topic.members]) each.send(numbered);
        },
        (error) => {
          if (topics.get(escrowId) === topic) topics.delete(escrowId);
          for (const each of [...topic.members]) each.lost(error);
        },
      );
    } catch (error) {
      if (topics.get(escrowId) === topic) topics.delete(escrowId);
      throw error;
    }
  }

  return {
    join(escrowIds, member) {
      const joined: string[] = [];
      const leaveAll = () => {
        for (const escrowId of joined.splice(0)) leave(escrowId, member);
      };
      try {
        for (const escrowId of escrowIds) {
          enter(escrowId, member);
          joined.push(escrowId);
        }
      } catch (error) {
        leaveAll();
        throw error;
      }
      return leaveAll;
    },
    replay: (lastEventId, escrowIds) => buffer.after(lastEventId, escrowIds),
  };
}
