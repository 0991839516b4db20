// What must never reach a log line or the terminal: interaction tokens (whoever holds one can post
// and edit as the bot in that channel for 15 minutes), the bot token, credentials in URLs and
// authorization headers. Scrubbing is by shape, so a secret the code never named is caught too.

export const REDACTED = '[redacted]';

const PATTERNS: [RegExp, string][] = [
  // …/interactions/<id>/<token>/callback and …/webhooks/<application>/<token>/messages/…
  [/(\/(?:interactions|webhooks)\/[^/\s"'?#]+\/)[^/\s"'?#]+/gu, `$1${REDACTED}`],
  // scheme://user:password@host
  [/([a-z][a-z0-9+.-]*:\/\/)[^/\s"'@]+@/giu, `$1${REDACTED}@`],
  // Authorization: Bot <token> / Bearer <token>
  [/\b(Bot|Bearer)\s+[A-Za-z0-9._~+/=-]{8,}/gu, `$1 ${REDACTED}`],
  // A Discord bot token's shape: base64 id, timestamp and signature joined by dots.
  [/\b[A-Za-z0-9_-]{23,28}\.[A-Za-z0-9_-]{6,7}\.[A-Za-z0-9_-]{27,}/gu, REDACTED],
];

/** The text with every secret it holds replaced; `known` adds secrets by value (the bot token). */
export function scrubSecrets(text: string, known: readonly string[] = []): string {
  let out = text;
  for (const secret of known) if (secret.length >= 8) out = out.split(secret).join(REDACTED);
  for (const [pattern, replacement] of PATTERNS) out = out.replace(pattern, replacement);
  return out;
}

/** A URL as it may be shown: without user name or password. */
export function withoutCredentials(url: string): string {
  if (!URL.canParse(url)) return scrubSecrets(url);
  const parsed = new URL(url);
  if (parsed.username || parsed.password) {
    parsed.username = '';
    parsed.password = '';
  }
  return parsed.href;
}

interface ErrorLike {
  readonly name?: unknown;
  readonly message?: unknown;
  readonly stack?: unknown;
  readonly code?: unknown;
  readonly status?: unknown;
  readonly method?: unknown;
  readonly url?: unknown;
  readonly cause?: unknown;
}

/**
 * An error as logged: its kind, message, Discord code and HTTP status, the route (its token
 * scrubbed) and stack. The request body is left out: it holds what users typed, and Discord's
 * answer to it.
 */
export function serializeError(error: unknown, depth = 0): Record<string, unknown> {
  if (typeof error !== 'object' || error === null) return { message: scrubSecrets(String(error)) };
  const e = error as ErrorLike;
  const text = (value: unknown) => (typeof value === 'string' ? scrubSecrets(value) : undefined);
  const out: Record<string, unknown> = {
    type: text(e.name) ?? error.constructor?.name,
    message: text(e.message),
    stack: text(e.stack),
  };
  if (typeof e.code === 'string' || typeof e.code === 'number') out.code = e.code;
  if (typeof e.status === 'number') out.status = e.status;
  if (typeof e.method === 'string') out.method = e.method;
  if (typeof e.url === 'string') out.url = scrubSecrets(e.url);
  if (e.cause !== undefined && depth < 3) out.cause = serializeError(e.cause, depth + 1);
  return out;
}
