import type { CompleteSessionOptions } from './applyCheckoutAction';
import type { SimulatorState } from './simulatorState';

/**
 * How many bytes of uploaded proof files one simulator keeps in memory, in all: 50 MB (not
 * documented by DHMAD: chosen to bound a long-running local simulator).
 */
export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

/** The bytes a session's completion would keep: the sum of its attachments' `bytes`. */
export const uploadSize = (options: CompleteSessionOptions): number =>
  (options.attachments ?? []).reduce((sum, a) => sum + (a.bytes?.byteLength ?? 0), 0);

/** Whether `bytes` more still fit in the simulator's `MAX_UPLOAD_BYTES`. */
export const fitsUploadBudget = (state: SimulatorState, bytes: number): boolean =>
  state.uploadedBytes + bytes <= MAX_UPLOAD_BYTES;
