'use client';
import { useServerClock } from '@kit/hooks';
import { useSyncExternalStore } from 'react';

/** How often every countdown on the page moves on, together. */
export const TICK_MS = 15_000;

const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | undefined;
let now = 0;

function subscribe(listener: () => void) {
  listeners.add(listener);
  if (!timer) {
    timer = setInterval(() => {
      now = Date.now();
      for (const notify of listeners) notify();
    }, TICK_MS);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer) {
      clearInterval(timer);
      timer = undefined;
      now = 0;
    }
  };
}

function getSnapshot() {
  // Read once and keep until the next tick: React needs the same value on every call.
  now ||= Date.now();
  return now;
}
/** On the server and during hydration there is no "now": countdowns render their date instead. */
const getServerSnapshot = () => 0;

/**
 * The server's time now (`useServerClock`: the device clock corrected by the `Date` headers the
 * kit has seen), in ms, moving on with one shared tick: one interval for the whole page however
 * many countdowns there are, and only the components that read it re-render on a tick or when
 * the estimate changes. `0` while server rendering and hydrating.
 */
export function useNow(): number {
  const clock = useServerClock();
  const device = useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);
  const offset = useSyncExternalStore(clock.subscribe, () => clock.offset, getServerSnapshot);
  return device && device + offset;
}
