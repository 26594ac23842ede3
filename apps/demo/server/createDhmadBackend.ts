import type { EscrowParty } from '@kit/hooks';
import { createDhmadSimulator, type DhmadSimulator, MOCK_API_KEY, SCENARIOS } from '@kit/mock';
import type { DemoConfig } from './demoConfig';
import type { OrderBook } from './orderBook';

/** What the proxy and the server-side client talk to. */
export interface DhmadBackend {
  apiKey: string;
  /** `undefined`: DHMAD's default for the key (the sandbox for `sk_sandbox_`). */
  apiBaseUrl: string | undefined;
  /** The in-process simulator, when there is no `DHMAD_API_KEY`. */
  simulator: DhmadSimulator | undefined;
}

const emailOf = (party: EscrowParty | string | null | undefined, invited?: string | null) =>
  (typeof party === 'object' && party?.email) || invited || '';

/** The paths of the demo's origin that the simulator answers, as DHMAD's hosts would. */
export const SIMULATOR_PATHS = ['/api/v1/*', '/checkout/*', '/dhmad-files/*'] as const;

/** Where the hosted checkout sends users back to; allowed in DHMAD's dashboard (or the simulator). */
export const returnUrlOf = (config: DemoConfig) => `${config.publicUrl}/checkout-return`;

/**
 * DHMAD's sandbox when `DHMAD_API_KEY` is set; otherwise `@kit/mock`'s simulator in this process,
 * seeded with an escrow in every mode, status and proof phase (each also an order), following the
 * wall clock (the proxy checks webhook timestamps against it), serving DHMAD's API, its hosted
 * checkout and attachment links on the demo's own origin, and posting its signed webhooks to the
 * proxy's receiver over real HTTP.
 */
export function createDhmadBackend(config: DemoConfig, orders: OrderBook): DhmadBackend {
  if (config.dhmad.mode === 'sandbox') {
    return {
      apiKey: config.dhmad.apiKey,
      apiBaseUrl: config.dhmad.apiBaseUrl,
      simulator: undefined,
    };
  }
  // The server reaches itself on localhost, whatever PUBLIC_URL says.
  const self = `http://localhost:${config.port}`;
  const simulator = createDhmadSimulator({
    now: 'real',
    // DHMAD may redirect back before its webhook moves the escrow: the return page then says
    // "Confirming your payment…" (the kit's `processing`) for a moment, as it would.
    checkoutProcessingMs: 2000,
    scenarios: true,
    checkoutOrigin: config.publicUrl,
    filesBaseUrl: `${config.publicUrl}/dhmad-files`,
    allowedRedirectUrls: [returnUrlOf(config)],
    // The simulator's copy of the proxy contract is not mounted: @kit/proxy serves that path.
    basePath: '/dhmad-simulator-proxy-contract',
    webhooks: { secret: config.webhookSecret, url: `${self}/api/escrow/webhooks` },
  });
  for (const escrowId of Object.keys(SCENARIOS)) {
    const escrow = simulator.getEscrow(escrowId);
    if (!escrow) continue;
    orders.add({
      escrowId,
      // Several scenarios share a title: the scenario's name tells them apart on "My orders".
      title: `${escrow.title ?? 'Order'} (${escrowId})`,
      buyerEmail: emailOf(escrow.buyer, escrow.buyerEmail),
      sellerEmail: emailOf(escrow.seller, escrow.sellerEmail),
      createdAt: escrow.createdAt ?? new Date().toISOString(),
    });
  }
  return { apiKey: MOCK_API_KEY, apiBaseUrl: `${self}/api/v1`, simulator };
}
