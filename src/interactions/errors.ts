// Errors from @discordjs/rest carry the request URL, and a webhook or callback URL holds the
// interaction token (valid for 15 minutes). Logs get the kind, status and a scrubbed message only.
const TOKEN_IN_PATH = /\/(webhooks|interactions)\/(\d+)\/[^/\s?]+/gu;

export interface SafeError {
  readonly type: string;
  readonly message: string;
  /** The request's route, token and credentials removed: which call failed, for the operator. */
  readonly url?: string;
  readonly status?: number;
  readonly code?: number | string;
}

export const scrub = (text: string): string =>
  text.replace(TOKEN_IN_PATH, '/$1/$2/[redacted]').replace(/\/\/[^/\s@]*:[^/\s@]*@/gu, '//[redacted]@');

/** What is safe to log about an error: never its URL, request body or headers. */
export function safeError(error: unknown): SafeError {
  if (!(error instanceof Error)) return { type: typeof error, message: scrub(String(error)).slice(0, 500) };
  const { status, code, url } = error as { status?: unknown; code?: unknown; url?: unknown };
  return {
    type: error.name,
    message: scrub(error.message).slice(0, 500),
    ...(typeof url === 'string' ? { url: scrub(url).slice(0, 500) } : {}),
    ...(typeof status === 'number' ? { status } : {}),
    ...(typeof code === 'number' || typeof code === 'string' ? { code } : {}),
  };
}
