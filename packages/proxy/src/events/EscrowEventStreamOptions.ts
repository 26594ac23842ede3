/**
 * The live event stream, `GET {basePath}/events?escrow=…&escrow=…` (Server-Sent Events). It is
 * on when the proxy has an event source: the `webhooks` receiver, or a shared `eventBus` that
 * another instance's receiver publishes to. None of these numbers is documented by DHMAD; each
 * says why it was chosen.
 */
export interface EscrowEventStreamOptions {
  /**
   * How often an idle stream sends a comment line (`: ping`), in milliseconds, so that load
   * balancers and proxies that drop silent connections (often after 30–60 s) keep it, and a
   * client notices a dead connection. Chosen as the usual interval of SSE servers.
   * @default 15000
   */
  heartbeatMs?: number;
  /**
   * The reconnection delay each stream announces first (`retry: <ms>`), in milliseconds. The
   * kit's client starts its back-off from it and adds jitter. Chosen to spread reconnections
   * after a deployment over a few seconds.
   * @default 5000
   */
  retryMs?: number;
  /**
   * How many recent events this process keeps for `Last-Event-ID`: a client that reconnects
   * with an event id after which every event is still kept first receives those events, for
   * its escrows. Any other id (too old, or another instance's) replays nothing; the client
   * refetches everything it watches on reconnect anyway, so replay only spares it a missed
   * change. Only events of escrows some stream of this process watched are kept. `0` keeps
   * none. Chosen as minutes of a busy marketplace's webhooks in about 100 kB.
   * @default 1000
   */
  replayBufferSize?: number;
  /**
   * How long a stream's authorization of one (user, escrow) pair is remembered, in
   * milliseconds, so that reconnections and re-opened streams (a page that adds an escrow) cost
   * no DHMAD request for the escrows already allowed or refused. Keyed by the user's email
   * (trimmed, lower-cased); at most 10,000 pairs. `0` checks with DHMAD on every open.
   * Chosen short, since `authorize` may depend on more than the escrow's parties.
   * @default 60000
   */
  authorizationTtlMs?: number;
  /**
   * The most distinct escrows one stream may watch (400 `INVALID_QUERY` beyond); each is
   * authorized like `GET {basePath}/escrows/:id`. Chosen above any page's escrow list while
   * bounding the DHMAD calls one request can cause.
   * @default 50
   */
  maxEscrowsPerStream?: number;
}
