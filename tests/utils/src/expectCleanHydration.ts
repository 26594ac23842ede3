import { act, type ReactElement } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { expect, vi } from 'vitest';

/**
 * Hydrates `html`, a server's rendering of `element` (by default rendered here, in the page), and
 * fails on any hydration mismatch: a recoverable error, or any console error (React reports
 * mismatches there). Returns the container.
 */
export async function expectCleanHydration(
  element: ReactElement,
  html = renderToString(element),
): Promise<HTMLElement> {
  const container = document.createElement('div');
  container.innerHTML = html;
  document.body.append(container);
  const errors = vi.spyOn(console, 'error');
  const recoverable: unknown[] = [];
  // Tells React that `act` flushes its work here, so the renders right after hydration (the
  // browser's own zone, the live countdowns) have happened when `act` resolves.
  const global = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
  const actEnvironment = global.IS_REACT_ACT_ENVIRONMENT;
  global.IS_REACT_ACT_ENVIRONMENT = true;
  try {
    await act(async () => {
      hydrateRoot(container, element, { onRecoverableError: (error) => recoverable.push(error) });
    });
    expect(recoverable).toEqual([]);
    expect(errors.mock.calls).toEqual([]);
  } finally {
    global.IS_REACT_ACT_ENVIRONMENT = actEnvironment;
    errors.mockRestore();
  }
  return container;
}
