/**
 * Keeps a copy of every response a test file produced (status, headers, body), so its last test
 * can check that none of them carries the API key.
 */
export interface LoggedResponse {
  label: string;
  status: number;
  headers: [string, string][];
  body: string;
}

export interface ResponseLog {
  entries: LoggedResponse[];
  record(label: string, response: Response): Promise<Response>;
  /** The same handler, logging each answer. */
  wrap<H extends (request: Request) => Promise<Response>>(handler: H): H;
  /** Entries whose headers or body contain any of `secrets`. */
  leaks(secrets: readonly string[]): LoggedResponse[];
}

export function createResponseLog(): ResponseLog {
  const entries: LoggedResponse[] = [];
  async function record(label: string, response: Response) {
    entries.push({
      label,
      status: response.status,
      headers: [...response.headers],
      body: await response.clone().text(),
    });
    return response;
  }
  return {
    entries,
    record,
    wrap: <H extends (request: Request) => Promise<Response>>(handler: H) =>
      (async (request: Request) =>
        record(`${request.method} ${request.url}`, await handler(request))) as H,
    leaks: (secrets) =>
      entries.filter((entry) => {
        const text = `${entry.headers.map(([k, v]) => `${k}: ${v}`).join('\n')}\n${entry.body}`;
        return secrets.some((secret) => text.includes(secret));
      }),
  };
}
