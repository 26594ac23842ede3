import type { CheckoutAction } from './model';

/** What the kit remembers, per browser tab, about the checkout it sent the user to. */
export interface CheckoutRecord {
  sessionId: string;
  escrowId: string;
  action: CheckoutAction;
}

const KEY = 'escrow-kit:checkout';

/** sessionStorage, or `undefined` where there is none (SSR, private mode, blocked storage). */
function storage(): Storage | undefined {
  try {
    return typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
  } catch {
    return undefined;
  }
}

export function saveCheckoutRecord(record: CheckoutRecord): void {
  try {
    storage()?.setItem(KEY, JSON.stringify(record));
  } catch {
    // Quota or privacy settings: the return page then reports `unknown`, nothing breaks.
  }
}

export function readCheckoutRecord(): CheckoutRecord | undefined {
  try {
    const value: unknown = JSON.parse(storage()?.getItem(KEY) ?? 'null');
    if (value && typeof value === 'object') {
      const { sessionId, escrowId, action } = value as Record<string, unknown>;
      if (
        typeof sessionId === 'string' &&
        typeof escrowId === 'string' &&
        typeof action === 'string'
      ) {
        return { sessionId, escrowId, action: action as CheckoutAction };
      }
    }
  } catch {
    // Unreadable or corrupt: treated as absent.
  }
  return undefined;
}

export function clearCheckoutRecord(): void {
  try {
    storage()?.removeItem(KEY);
  } catch {
    // Nothing to do.
  }
}
