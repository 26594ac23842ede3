import * as v from 'valibot';
import type { EscrowLiveEvent } from '../EscrowEventBus';

const ChannelMessage = v.object({
  escrowId: v.pipe(v.string(), v.minLength(1)),
  event: v.pipe(v.string(), v.minLength(1)),
});

/**
 * One message of the Redis channel, as `publish` writes it: the JSON `{ escrowId, event }`
 * (other fields are dropped). Anything else — not JSON, another shape, empty strings — is
 * `undefined`: whoever else can write to the channel cannot crash or confuse the fan-out.
 */
export function readChannelMessage(message: string): EscrowLiveEvent | undefined {
  let json: unknown;
  try {
    json = JSON.parse(message);
  } catch {
    return undefined;
  }
  const result = v.safeParse(ChannelMessage, json);
  return result.success ? result.output : undefined;
}
