import { describe, expect, it } from 'vitest';
import { API_KEY, API_KEY_SECRET } from './apiKey';
import type { ResponseLog } from './createResponseLog';

/**
 * The last test of a file that produced proxy responses: there were at least `minimum` of them,
 * none may be cached, none carries the API key (header or body), and, where the proxy itself
 * wrote them (`json`), all are JSON.
 */
export function describeEveryResponse(log: ResponseLog, minimum: number, { json = true } = {}) {
  describe('every response of this file', () => {
    it(`is never cached and never carries the API key${json ? ', and is JSON' : ''}`, () => {
      expect(log.entries.length).toBeGreaterThanOrEqual(minimum);
      for (const entry of log.entries) {
        const headers = new Headers(entry.headers);
        expect(headers.get('Cache-Control'), entry.label).toBe('no-store');
        if (json) expect(headers.get('Content-Type'), entry.label).toBe('application/json');
      }
      expect(log.leaks([API_KEY, API_KEY_SECRET])).toEqual([]);
    });
  });
}
