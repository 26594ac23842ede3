'use client';
import { useContext, useSyncExternalStore } from 'react';
import { LanguageContext } from './LanguageContext';

const subscribe = () => () => {};
/** In the browser, after hydration: the device's own zone (Intl's default). */
const deviceZone = () => undefined;
/**
 * While server rendering and hydrating: a zone that does not depend on where the server runs
 * or where the browser is, so the hydration render matches the server's HTML exactly.
 */
const serverZone = () => 'UTC';

/**
 * The IANA time zone the kit's dates are shown in: the `EscrowUIProvider`'s `timeZone` when it
 * has one; else `UTC` on the server and during hydration, then the device's zone (`undefined`,
 * Intl's default) once hydrated, or from the first render of a tree that was not server-rendered.
 */
export function useTimeZone(): string | undefined {
  const zone = useSyncExternalStore(subscribe, deviceZone, serverZone);
  return useContext(LanguageContext).timeZone ?? zone;
}
