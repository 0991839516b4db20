import type { IncomingHttpHeaders } from 'node:http';
import type { RouteResult, Upload } from './http-util.ts';

export interface Call {
  method: string;
  /** Decoded path segments after /api/v10. */
  segments: string[];
  params: Record<string, string>;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  body: unknown;
  files: string[];
  uploads: Upload[];
}

export interface Route {
  method: string;
  /** e.g. '/interactions/:id/:token/callback' */
  pattern: string;
  /** Needs `Authorization: Bot …` (the token-authenticated interaction routes do not). */
  auth: boolean;
  handle: (call: Call) => RouteResult;
  /** Told when an injected failure answered this call instead of `handle`. */
  onInjectedFailure?: (call: Call, status: number) => void;
}

export interface Match {
  route: Route;
  params: Record<string, string>;
}

/** Finds the route for a method + decoded segments; literal segments win over params. */
export function match(routes: readonly Route[], method: string, segments: string[]): Match | undefined {
  let best: (Match & { literals: number }) | undefined;
  for (const route of routes) {
    if (route.method !== method) continue;
    const parts = route.pattern.split('/').filter(Boolean);
    if (parts.length !== segments.length) continue;
    const params: Record<string, string> = {};
    let literals = 0;
    const ok = parts.every((part, i) => {
      const segment = segments[i] ?? '';
      if (part.startsWith(':')) {
        params[part.slice(1)] = segment;
        return true;
      }
      literals += 1;
      return part === segment;
    });
    if (ok && (!best || literals > best.literals)) best = { route, params, literals };
  }
  return best && { route: best.route, params: best.params };
}

/** '/api/v10/a/%40b?x=1' → { segments: ['a', '@b'], query: { x: '1' } }; null when not under /api/vN. */
export function parseUrl(rawUrl: string): { segments: string[]; query: Record<string, string> } | null {
  const url = new URL(rawUrl, 'http://127.0.0.1');
  const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] !== 'api') return null;
  const rest = /^v\d+$/.test(parts[1] ?? '') ? parts.slice(2) : parts.slice(1);
  return { segments: rest, query: Object.fromEntries(url.searchParams) };
}
