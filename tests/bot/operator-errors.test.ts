import { describe, expect, it } from 'vitest';
import { describeFailure } from '../../src/bot/operator-errors.ts';

const API = 'https://proxy.example:8443/api';
const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });
const withStatus = (status: number) => Object.assign(new Error(`${status}: Error`), { status, code: 0 });

describe('describeFailure names the real cause, with what to do', () => {
  it.each([
    [
      'refused',
      withCode('connect ECONNREFUSED', 'ECONNREFUSED'),
      /^Act: cannot reach proxy\.example:8443 \(ECONNREFUSED: connection refused\)\. This is a network problem: check the connection, any proxy or firewall, and DISCORD_API_URL\.$/u,
    ],
    [
      'wrapped in a cause',
      new TypeError('fetch failed', { cause: withCode('x', 'ECONNRESET') }),
      /^Act: cannot reach .+ \(ECONNRESET: connection reset\)\. This is a network problem:/u,
    ],
    [
      'one of several attempts',
      new AggregateError([withCode('a', 'ETIMEDOUT')], 'all failed'),
      /\(ETIMEDOUT: timed out\)\. This is a network problem:/u,
    ],
    [
      'a timeout',
      Object.assign(new Error('aborted'), { name: 'AbortError' }),
      /\(AbortError: no answer in time\)/u,
    ],
    [
      'DNS',
      withCode('getaddrinfo ENOTFOUND', 'ENOTFOUND'),
      /^Act: the host name proxy\.example:8443 was not found \(ENOTFOUND\)\. This is a network problem: check DISCORD_API_URL and the machine's DNS\.$/u,
    ],
    [
      'TLS',
      withCode('self-signed certificate', 'DEPTH_ZERO_SELF_SIGNED_CERT'),
      /^Act: the TLS certificate or handshake of proxy\.example:8443 was refused \(DEPTH_ZERO_SELF_SIGNED_CERT\)\. This is a network problem:/u,
    ],
    [
      'TLS altname',
      withCode('x', 'ERR_TLS_CERT_ALTNAME_INVALID'),
      /TLS certificate .+\(ERR_TLS_CERT_ALTNAME_INVALID\)/u,
    ],
    [
      '401 from REST',
      withStatus(401),
      /^Act: Discord rejected the bot token \(401 Unauthorized\)\. Copy a new one from the Developer Portal .+ into DISCORD_TOKEN in \.env\.$/u,
    ],
    [
      'discord.js login',
      withCode('An invalid token was provided.', 'TokenInvalid'),
      /^Act: Discord rejected the bot token/u,
    ],
    [
      '403',
      withStatus(403),
      /^Act: Discord refused access \(403 Forbidden\): the token is valid but lacks a permission or scope\. Invite the bot with the "bot" and "applications\.commands" scopes/u,
    ],
    ['intents', withCode('x', 'DisallowedIntents'), /^Act: Discord refused an intent/u],
    [
      '500',
      withStatus(502),
      /^Act: Discord answered with an error \(502\); this is on Discord's side or the proxy's\./u,
    ],
    ['anything else', new Error('strange'), /^Act: strange\.$/u],
  ])('%s', (_, error, expected) => {
    expect(describeFailure(error, 'Act', API)).toMatch(expected);
  });

  it('a network problem never blames the token', () => {
    const line = describeFailure(withCode('connect ECONNREFUSED 127.0.0.1:1', 'ECONNREFUSED'), 'Act', API);
    expect(line).not.toMatch(/token/iu);
  });

  it('never prints a secret from the message', () => {
    const error = new Error('bad url https://u:pw-secret@h/x with tok-secret-value');
    expect(describeFailure(error, 'Act', API, ['tok-secret-value'])).toBe(
      'Act: bad url https://[redacted]@h/x with [redacted].',
    );
  });
});
