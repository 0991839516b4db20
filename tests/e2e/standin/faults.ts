import type { RouteResult } from './http-util.ts';
import { randomToken } from './ids.ts';
import type { FailOptions } from './types.ts';

interface Fault {
  method: string;
  path: RegExp;
  status: number;
  retryAfter: number;
  remaining: number;
}

/** Queued one-shot (or n-shot) failures for REST calls, matched on method + decoded path. */
export class Faults {
  private readonly queue: Fault[] = [];

  add(method: string, path: RegExp, status: number, options: FailOptions = {}): void {
    const fault = {
      method: method.toUpperCase(),
      path,
      status,
      retryAfter: options.retryAfter ?? 0.1,
      remaining: options.times ?? 1,
    };
    this.queue.push(fault);
  }

  /** The failure to answer this call with, if one is queued for it (consumes one use). */
  take(method: string, path: string): RouteResult | undefined {
    const index = this.queue.findIndex((f) => f.method === method && f.path.test(path));
    const fault = this.queue[index];
    if (!fault) return undefined;
    fault.remaining -= 1;
    if (fault.remaining <= 0) this.queue.splice(index, 1);
    return fault.status === 429 ? rateLimited(fault.retryAfter) : serverError(fault.status);
  }

  get pending(): number {
    return this.queue.length;
  }
}

function serverError(status: number): RouteResult {
  return { status, body: { message: `${status}: Internal Server Error`, code: 0 } };
}

/**
 * A per-route (non-global) 429 as Discord sends it. @discordjs/rest reads `Retry-After` (seconds,
 * fractions allowed) and, on normal routes, the X-RateLimit-* bucket headers; it then sleeps
 * retry_after + its 50 ms offset and repeats the same request.
 */
function rateLimited(retryAfter: number): RouteResult {
  const seconds = String(retryAfter);
  return {
    status: 429,
    headers: {
      'retry-after': seconds,
      'x-ratelimit-limit': '5',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': String(Date.now() / 1000 + retryAfter),
      'x-ratelimit-reset-after': seconds,
      // A fresh bucket hash, so unrelated routes never share discord.js's queue for it.
      'x-ratelimit-bucket': randomToken(8),
      'x-ratelimit-scope': 'user',
    },
    body: { message: 'You are being rate limited.', retry_after: retryAfter, global: false },
  };
}
