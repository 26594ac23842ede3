import { API_SURFACES, type RoutingOptions, type SurfaceName } from './apiSurfaces';
import { applyDeadlines } from './applyDeadlines';
import { applyFault } from './applyFault';
import { attachmentToken, serveAttachment } from './attachmentLinks';
import { jsonResponse } from './jsonResponse';
import { ROUTES, type Route } from './routeTable';
import type { SimulatorState } from './simulatorState';

const notFound = () => jsonResponse({ error: 'Not Found', message: 'No such endpoint' }, 404);

/** The path's segments, decoded; `undefined` when one is not valid percent-encoding. */
function decodeSegments(rest: string): string[] | undefined {
  if (rest === '') return [];
  try {
    return rest.split('/').map(decodeURIComponent);
  } catch {
    return undefined;
  }
}

/** The `:name` parameters when `pattern` matches the segments, else `undefined`. */
function matchPath(pattern: string, segments: string[]): Record<string, string> | undefined {
  const parts = pattern.split('/').slice(1);
  if (parts.length !== segments.length) return undefined;
  const params: Record<string, string> = {};
  for (const [i, part] of parts.entries()) {
    const segment = segments[i] ?? '';
    if (part.startsWith(':') && segment !== '') params[part.slice(1)] = segment;
    else if (part !== segment) return undefined;
  }
  return params;
}

interface PathMatch {
  params: Record<string, string>;
  /** The routes of the path that this surface serves, by method (never empty). */
  methods: Map<string, Route>;
}

/** The first path of `ROUTES` that matches and that the surface serves, or `undefined`. */
function matchRoutes(surface: SurfaceName, segments: string[]): PathMatch | undefined {
  for (const [pattern, routes] of Object.entries(ROUTES)) {
    const params = matchPath(pattern, segments);
    const served = Object.entries(routes).filter(([, route]) => route.on.includes(surface));
    if (params && served.length > 0) return { params, methods: new Map(served) };
  }
  return undefined;
}

const underPrefix = (path: string, prefix: string) =>
  path === prefix || path.startsWith(`${prefix}/`);

/**
 * Answers a request as DHMAD would now (deadlines applied first): attachment links under
 * `filesBaseUrl`, then the first surface whose prefix the path is under (DHMAD's `/api/v1`
 * with its key, then the proxy contract under `basePath`), routed through `ROUTES`: 404 for
 * an unknown path, 405 with `Allow` for a known path and another method, injected faults
 * before the handler. Rejects, like `fetch`, when a network failure is injected.
 */
export async function routeRequest(
  state: SimulatorState,
  request: Request,
  routing: RoutingOptions = {},
): Promise<Response> {
  applyDeadlines(state);
  const token = attachmentToken(state, request.url);
  if (token !== undefined) {
    return (await applyFault(state.faults, 'files')) ?? serveAttachment(state, token);
  }
  const path = new URL(request.url).pathname.replace(/\/+$/, '');
  const entry = API_SURFACES.map((surface) => ({
    surface,
    prefix: surface.pathPrefix(state, routing),
  })).find(({ prefix }) => underPrefix(path, prefix));
  if (!entry) return notFound();
  const { surface, prefix } = entry;
  const refusal = surface.refuse(state, request);
  if (refusal) return refusal;
  const segments = decodeSegments(path.slice(prefix.length + 1));
  const match = segments && matchRoutes(surface.name, segments);
  if (!match) return notFound();
  const route = match.methods.get(request.method.toUpperCase());
  if (!route) {
    const allow = [...match.methods.keys()].join(', ');
    return jsonResponse({ error: 'Method Not Allowed' }, 405, { Allow: allow });
  }
  const fault = route.fault && (await applyFault(state.faults, route.fault));
  if (fault) return fault;
  return route.handle({ state, request, params: match.params, surface });
}
