/** The four requests of the proxy contract (DESIGN.md). */
export type ProxyRouteName = 'getEscrow' | 'getProof' | 'createSession' | 'getSession';

export interface ProxyRoute {
  name: ProxyRouteName;
  /** The one method the route answers. */
  method: 'GET' | 'POST';
  /** The id segment exactly as it appeared in the URL (still percent-encoded): validate it. */
  id: string;
}

/**
 * Maps a URL path to a route of the proxy contract under `basePath` (normalised: leading slash,
 * no trailing one, `''` for the root), or `undefined` for any other path. The path comes from
 * `new URL()`, so `.` and `..` segments (also as `%2e`) are already resolved; encoded slashes
 * stay inside their segment, where the id check refuses them.
 */
export function matchRoute(pathname: string, basePath: string): ProxyRoute | undefined {
  if (!pathname.startsWith(`${basePath}/`)) return undefined;
  const segments = pathname.slice(basePath.length + 1).split('/');
  const [collection, id, child] = segments;
  if (id === undefined || segments.length > 3) return undefined;
  if (collection === 'escrows') {
    if (child === undefined) return { name: 'getEscrow', method: 'GET', id };
    if (child === 'proof') return { name: 'getProof', method: 'GET', id };
    if (child === 'sessions') return { name: 'createSession', method: 'POST', id };
    return undefined;
  }
  if (collection === 'sessions' && child === undefined) {
    return { name: 'getSession', method: 'GET', id };
  }
  return undefined;
}
