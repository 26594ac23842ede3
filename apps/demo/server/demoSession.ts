import { normalizeEmail } from '@kit/hooks/core';
import type { EscrowProxyUser } from '@kit/proxy';
import { parseSigned, serializeSigned } from 'hono/utils/cookie';
import type { DemoUser } from './demoConfig';

/** The demo's sign-in cookie: the user's email, signed (HMAC) so a browser cannot forge another. */
export const SESSION_COOKIE = 'demo_session';

/** Reads and writes the demo's sign-in: a signed, httpOnly, SameSite=Lax cookie. */
export function createDemoSessions(users: readonly DemoUser[], secret: string) {
  const byEmail = new Map(users.map((user) => [normalizeEmail(user.email), user]));
  /** The demo user with this email (trimmed, case-insensitive), if any. */
  const find = (email: unknown) =>
    typeof email === 'string' ? byEmail.get(normalizeEmail(email)) : undefined;
  return {
    /** The signed-in user of a request, or `null`: the proxy's `getUser`. */
    async userOf(request: Request): Promise<(DemoUser & EscrowProxyUser) | null> {
      const header = request.headers.get('Cookie');
      if (!header) return null;
      const value = (await parseSigned(header, secret, SESSION_COOKIE))[SESSION_COOKIE];
      return find(value) ?? null;
    },
    /** The `Set-Cookie` value that signs `user` in. */
    signIn: (user: DemoUser, secure: boolean) =>
      serializeSigned(SESSION_COOKIE, user.email, secret, {
        httpOnly: true,
        sameSite: 'Lax',
        secure,
        path: '/',
      }),
    /** The `Set-Cookie` value that signs out. */
    signOut: () =>
      serializeSigned(SESSION_COOKIE, '', secret, { httpOnly: true, path: '/', maxAge: 0 }),
    find,
  };
}

export type DemoSessions = ReturnType<typeof createDemoSessions>;
