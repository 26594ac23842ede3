/**
 * The headers a browser signed in to the test app sends: its session cookie, another cookie,
 * and an `Authorization` header of its own (none of which may reach DHMAD).
 */
export function signedIn(token: string): Record<string, string> {
  return { Cookie: `sid=${token}; theme=dark`, Authorization: 'Bearer browser-user-token' };
}
