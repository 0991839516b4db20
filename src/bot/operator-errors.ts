import { scrubSecrets } from './secrets.ts';

// Failures when the bot or `npm run register` talks to Discord, told apart so that the operator
// fixes the right thing: the network, the token, or what the application may do.

const NETWORK: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  ETIMEDOUT: 'timed out',
  EHOSTUNREACH: 'no route to the host',
  ENETUNREACH: 'no route to the network',
  EPIPE: 'connection closed',
  UND_ERR_CONNECT_TIMEOUT: 'timed out connecting',
  UND_ERR_SOCKET: 'connection closed',
  AbortError: 'no answer in time',
};
const DNS = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME']);
const TLS =
  /^(?:ERR_TLS_|ERR_SSL_|EPROTO$|CERT_|DEPTH_ZERO_SELF_SIGNED_CERT$|SELF_SIGNED_CERT_IN_CHAIN$|UNABLE_TO_)/u;

interface Failure {
  readonly name?: unknown;
  readonly code?: unknown;
  readonly status?: unknown;
  readonly message?: unknown;
  readonly cause?: unknown;
  readonly errors?: unknown;
}

/** The error and everything it wraps (causes, the attempts of an AggregateError). */
function chain(error: unknown, depth = 0): Failure[] {
  if (typeof error !== 'object' || error === null || depth > 4) return [];
  const e = error as Failure;
  const inner = Array.isArray(e.errors) ? e.errors : [];
  return [e, ...chain(e.cause, depth + 1), ...inner.flatMap((x) => chain(x, depth + 1))];
}

const codeOf = (e: Failure) =>
  typeof e.code === 'string' ? e.code : e.name === 'AbortError' ? 'AbortError' : undefined;

function hostOf(apiUrl: string): string {
  return URL.canParse(apiUrl) ? new URL(apiUrl).host : 'the Discord API';
}

const NETWORK_PROBLEM = 'This is a network problem:';

/**
 * One line saying what went wrong and what to do, for a failure to reach or use Discord.
 * `action` opens it ("Cannot log in to Discord"); nothing secret is ever part of it.
 */
export function describeFailure(
  error: unknown,
  action: string,
  apiUrl: string,
  secrets: string[] = [],
): string {
  const all = chain(error);
  const host = hostOf(apiUrl);
  const codes = all.map(codeOf).filter((c): c is string => c !== undefined);
  const status = all.map((e) => e.status).find((s): s is number => typeof s === 'number');
  const dns = codes.find((c) => DNS.has(c));
  if (dns) {
    return `${action}: the host name ${host} was not found (${dns}). ${NETWORK_PROBLEM} check DISCORD_API_URL and the machine's DNS.`;
  }
  const tls = codes.find((c) => TLS.test(c));
  if (tls) {
    return `${action}: the TLS certificate or handshake of ${host} was refused (${tls}). ${NETWORK_PROBLEM} check DISCORD_API_URL, any proxy that intercepts TLS, and the system clock.`;
  }
  const network = codes.find((c) => c in NETWORK);
  if (network) {
    return `${action}: cannot reach ${host} (${network}: ${NETWORK[network]}). ${NETWORK_PROBLEM} check the connection, any proxy or firewall, and DISCORD_API_URL.`;
  }
  if (status === 401 || codes.includes('TokenInvalid')) {
    return `${action}: Discord rejected the bot token (401 Unauthorized). Copy a new one from the Developer Portal (your application → Bot → Reset Token) into DISCORD_TOKEN in .env.`;
  }
  if (status === 403) {
    return `${action}: Discord refused access (403 Forbidden): the token is valid but lacks a permission or scope. Invite the bot with the "bot" and "applications.commands" scopes, and check that DISCORD_CLIENT_ID and DISCORD_GUILD_ID belong to this application and its server.`;
  }
  if (codes.includes('DisallowedIntents')) {
    return `${action}: Discord refused an intent the bot asked for. Enable it in the Developer Portal (your application → Bot → Privileged Gateway Intents).`;
  }
  if (typeof status === 'number' && status >= 500) {
    return `${action}: Discord answered with an error (${status}); this is on Discord's side or the proxy's. Try again in a few minutes.`;
  }
  const message = all[0] && typeof all[0].message === 'string' ? all[0].message : String(error);
  return `${action}: ${scrubSecrets(message, secrets)}.`;
}
