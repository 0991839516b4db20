import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Faults } from './faults.ts';
import { apiError, type RouteResult, readBody, send } from './http-util.ts';
import { type Call, match, parseUrl, type Route } from './router.ts';
import type { RestRequest } from './types.ts';

export interface RestServerDeps {
  routes: readonly Route[];
  faults: Faults;
  requests: RestRequest[];
}

/** The HTTP side: logs every call, applies injected failures, auth, then the matching route. */
export function restHandler(deps: RestServerDeps): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    handle(deps, req)
      .then((result) => send(res, result))
      .catch((error: unknown) => {
        console.error('[discord stand-in] route failed', error);
        send(res, apiError(500, 0, `stand-in error: ${String(error)}`));
      });
  };
}

async function handle(deps: RestServerDeps, req: IncomingMessage): Promise<RouteResult> {
  const at = Date.now();
  const method = (req.method ?? 'GET').toUpperCase();
  const parsed = parseUrl(req.url ?? '/');
  const { body, files, uploads } = await readBody(req);
  const segments = parsed?.segments ?? [];
  const path = parsed ? `/${segments.join('/')}` : (req.url ?? '/');
  const query = parsed?.query ?? {};
  const entry: RestRequest = { method, path, query, body, files, uploads, route: null, status: 0, at };
  deps.requests.push(entry);
  // Synchronous from here on, so `status` is set before anyone awaiting a recorded response resumes.
  const result = answer(deps, entry, {
    method,
    segments,
    params: {},
    query,
    headers: req.headers,
    body,
    files,
    uploads,
  });
  entry.status = result.status;
  return result;
}

function answer(deps: RestServerDeps, entry: RestRequest, call: Call): RouteResult {
  const found = match(deps.routes, call.method, call.segments);
  if (found) {
    entry.route = `${call.method} ${found.route.pattern}`;
    call.params = found.params;
  }
  const injected = deps.faults.take(call.method, entry.path);
  if (injected) {
    found?.route.onInjectedFailure?.(call, injected.status);
    return injected;
  }
  if (!found) return apiError(404, 0, '404: Not Found');
  if (found.route.auth && !call.headers.authorization?.startsWith('Bot ')) {
    return apiError(401, 0, '401: Unauthorized');
  }
  return found.route.handle(call);
}
