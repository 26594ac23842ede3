/**
 * A refusal or failure of the demo server's `/api/demo` routes: its `{ error: { code, message,
 * details? } }` body, or `NETWORK_ERROR` (status 0) when the server could not be reached.
 * `details`: for a refused order, messages keyed by the input's dotted field path.
 */
export class DemoApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: Record<string, string> | undefined;

  constructor(status: number, code: string, message: string, details?: Record<string, string>) {
    super(message);
    this.name = 'DemoApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The string-valued entries of `value`, or `undefined` when it is not an object. */
function stringEntries(value: unknown): Record<string, string> | undefined {
  if (!isRecord(value)) return undefined;
  return Object.fromEntries(
    Object.entries(value).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string',
    ),
  );
}

/** The `DemoApiError` for a non-2xx response and its parsed body (anything, even not JSON). */
export function demoApiErrorOf(status: number, body: unknown): DemoApiError {
  const error = isRecord(body) && isRecord(body.error) ? body.error : {};
  return new DemoApiError(
    status,
    typeof error.code === 'string' ? error.code : `HTTP_${status}`,
    typeof error.message === 'string' ? error.message : `The demo server answered ${status}.`,
    stringEntries(error.details),
  );
}
