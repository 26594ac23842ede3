'use client';
import { useRef, useState } from 'react';

/** How one image renders: as usual, waiting for fresh links, or as a "Link expired" tile. */
export type LinkState = 'ready' | 'refreshing' | 'expired';

interface Entry {
  /** The link that failed. */
  url: string;
  /** How that link renders (`ready` once it loaded after all). */
  state: LinkState;
  /** Bumped to mount a new `<img>` (and so load again) after a refresh or a retry. */
  attempt: number;
}

interface RefreshRun {
  /**
   * When the refresh finished, by the device clock; `null` while it runs. Only ever compared
   * with the device clock again: an age measured on one clock, which its offset from DHMAD's
   * time cannot change (mixed with the server-time estimate, a new estimate would skew it).
   */
  settledAt: number | null;
}

/**
 * A refresh renews every link of the gallery: an image failing within this time after one
 * finished does not start another (its fresh link failed, or has yet to arrive), it expires.
 */
const REFRESH_COVERS_MS = 60_000;

export interface ExpiredLinks {
  /** Whether a refresh this gallery asked for is under way. */
  refreshing: boolean;
  /** The state of the image at `index`, currently linked to `url`, and its mount key. */
  stateOf: (index: number, url: string) => { state: LinkState; attempt: number };
  onError: (index: number, url: string) => void;
  onLoad: (index: number) => void;
  /** "Retry": refreshes again and loads that image again. */
  retry: (index: number) => void;
}

/**
 * Time-limited image links (`viewUrl`s). The first image that fails to load starts ONE
 * refresh for the whole gallery; every image failing while it runs waits for it instead of
 * starting another. After the refresh the images load their new links (or load again); one
 * that fails then, or shortly after, becomes "expired" until `retry`. An "expired" image
 * tries again by itself if a newer link arrives (e.g. from polling).
 *
 * `refresh` fetches fresh links; a promise it returns is awaited.
 */
export function useExpiredLinks(refresh: (() => unknown) | undefined): ExpiredLinks {
  const [entries, setEntries] = useState<ReadonlyMap<number, Entry>>(() => new Map());
  const [refreshing, setRefreshing] = useState(false);
  // Error events can arrive several in one tick: decisions read these refs, not render state.
  const entriesRef = useRef(entries);
  const runRef = useRef<RefreshRun | null>(null);

  const write = (change: (next: Map<number, Entry>) => void) => {
    const next = new Map(entriesRef.current);
    change(next);
    entriesRef.current = next;
    setEntries(next);
  };
  const set = (index: number, url: string, state: LinkState, bump = 0) =>
    write((next) => {
      next.set(index, { url, state, attempt: (next.get(index)?.attempt ?? 0) + bump });
    });
  const inFlight = () => runRef.current?.settledAt === null;

  const startRefresh = () => {
    const run: RefreshRun = { settledAt: null };
    runRef.current = run;
    setRefreshing(true);
    const settle = () => {
      run.settledAt = Date.now();
      if (runRef.current !== run) return;
      setRefreshing(false);
      // Mount the waiting images again: they load their new link, or fail again for good.
      write((next) => {
        for (const [index, entry] of next) {
          if (entry.state === 'refreshing')
            next.set(index, { ...entry, attempt: entry.attempt + 1 });
        }
      });
    };
    let result: unknown;
    try {
      result = refresh?.();
    } catch {
      // A failed refresh leaves the old links; the waiting images then show "expired".
    }
    Promise.resolve(result).then(settle, settle);
  };

  return {
    refreshing,
    stateOf: (index, url) => {
      const entry = entries.get(index);
      return {
        state: entry?.url === url ? entry.state : 'ready',
        attempt: entry?.attempt ?? 0,
      };
    },
    onError: (index, url) => {
      const entry = entriesRef.current.get(index);
      if (entry && entry.state !== 'ready') {
        if (entry.state === 'expired' && entry.url === url) return;
        // A new link that fails too, or the same link once the refresh is over: expired.
        if (entry.url !== url || !inFlight()) set(index, url, 'expired');
        return;
      }
      if (inFlight()) return set(index, url, 'refreshing');
      // A refresh that finished shortly before already renewed this link.
      const covered = Date.now() - (runRef.current?.settledAt ?? -Infinity) < REFRESH_COVERS_MS;
      if (covered || !refresh) return set(index, url, 'expired');
      set(index, url, 'refreshing');
      startRefresh();
    },
    onLoad: (index) => {
      const entry = entriesRef.current.get(index);
      if (entry && entry.state !== 'ready') set(index, entry.url, 'ready');
    },
    retry: (index) => {
      const entry = entriesRef.current.get(index);
      if (!entry) return;
      set(index, entry.url, 'refreshing', 1);
      if (!inFlight()) startRefresh();
    },
  };
}
