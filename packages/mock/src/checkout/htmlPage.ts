import type { SimulatorState } from '../simulatorState';
import { checkoutStyleSource } from './checkoutStyles';
import type { Html } from './html';
import { httpOrigin } from './httpOrigin';

/** Headers of every hosted checkout answer: never cached, never sending a referrer. */
export const CHECKOUT_HEADERS = {
  'Cache-Control': 'no-store',
  'Referrer-Policy': 'no-referrer',
} as const;

/**
 * A hosted checkout page as a response: `text/html; charset=utf-8`, `X-Frame-Options: DENY`
 * and a strict Content-Security-Policy: nothing by default (no script at all), the one style
 * block by its hash, images from the attachment links' origin only, and forms posted to the
 * page itself or to `redirectUrl`'s origin (Chromium applies `form-action` to the redirect
 * that answers a POST).
 */
export async function htmlPage(
  state: SimulatorState,
  page: Html,
  status: number,
  redirectUrl?: string,
): Promise<Response> {
  const redirectOrigin = redirectUrl === undefined ? undefined : httpOrigin(redirectUrl);
  const policy = [
    "default-src 'none'",
    `style-src ${await checkoutStyleSource()}`,
    `img-src ${httpOrigin(state.config.filesBaseUrl) ?? "'self'"}`,
    `form-action 'self'${redirectOrigin ? ` ${redirectOrigin}` : ''}`,
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
  return new Response(`<!doctype html>\n${page}`, {
    status,
    headers: {
      ...CHECKOUT_HEADERS,
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': policy,
      'X-Frame-Options': 'DENY',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
