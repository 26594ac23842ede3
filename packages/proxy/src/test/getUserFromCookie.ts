/** The test app's signed-in users, by the value of its `sid` session cookie. */
export const APP_SESSIONS: Record<string, string> = {
  'buyer-token': 'buyer@example.com',
  'seller-token': 'seller@example.com',
  'stranger-token': 'stranger@example.com',
  /** The buyer, as an app that keeps emails as typed. */
  'shouting-buyer-token': ' Buyer@EXAMPLE.com',
};

/** The test app's `getUser`: reads its `sid` cookie, as a real app's would. */
export function getUserFromCookie(request: Request): { email: string } | null {
  const sid = /(?:^|;\s*)sid=([^;]+)/.exec(request.headers.get('Cookie') ?? '')?.[1];
  const email = sid ? APP_SESSIONS[sid] : undefined;
  return email ? { email } : null;
}
