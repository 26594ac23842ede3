import { useCallback, useSyncExternalStore } from 'react';

/**
 * Whether the CSS media `query` (e.g. `(max-width: 47.99rem)`) matches now; the component
 * re-renders when that changes (a rotated phone, a resized window). `false` without `matchMedia`.
 */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const list = window.matchMedia?.(query);
      list?.addEventListener('change', onChange);
      return () => list?.removeEventListener('change', onChange);
    },
    [query],
  );
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia?.(query).matches ?? false,
    () => false,
  );
}
