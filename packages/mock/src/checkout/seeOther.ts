import { CHECKOUT_HEADERS } from './htmlPage';

/** 303 See Other to `location` (the session's `redirectUrl`, unchanged), never cached. */
export const seeOther = (location: string): Response =>
  new Response(null, { status: 303, headers: { ...CHECKOUT_HEADERS, Location: location } });
