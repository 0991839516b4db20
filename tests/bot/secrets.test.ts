import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/bot/logger.ts';
import { scrubSecrets, serializeError, withoutCredentials } from '../../src/bot/secrets.ts';

const R = '[redacted]';
const INTERACTION_TOKEN = 'aW50ZXJhY3Rpb246MTIzNDU2Nzg5OnNlY3JldA';
const BOT_TOKEN = 'MTA5ODc2NTQzMjEwOTg3NjU0Mw.GaBcDe.abcdefghijklmnopqrstuvwxyz0123456789';

describe('scrubSecrets', () => {
  it.each([
    [
      `POST http://h/api/v10/interactions/1234/${INTERACTION_TOKEN}/callback?with_response=false`,
      `POST http://h/api/v10/interactions/1234/${R}/callback?with_response=false`,
    ],
    [
      `PATCH /webhooks/5678/${INTERACTION_TOKEN}/messages/@original`,
      `PATCH /webhooks/5678/${R}/messages/@original`,
    ],
    ['https://user:pa55word@proxy.example/api', `https://${R}@proxy.example/api`],
    ['Authorization: Bot abcdefgh.ijklmnop', `Authorization: Bot ${R}`],
    ['authorization: Bearer abcdefgh12345', `authorization: Bearer ${R}`],
    [`token ${BOT_TOKEN} leaked`, `token ${R} leaked`],
    ['https://discord.com/api/v10/users/@me', 'https://discord.com/api/v10/users/@me'],
    ['nothing secret here', 'nothing secret here'],
  ])('%s', (input, expected) => {
    expect(scrubSecrets(input)).toBe(expected);
  });

  it('removes known secrets by value, whatever their shape', () => {
    expect(scrubSecrets('the token is short.but-known', ['short.but-known'])).toBe(`the token is ${R}`);
  });
});

describe('withoutCredentials', () => {
  it.each([
    ['http://u:p@127.0.0.1:8080/api', 'http://127.0.0.1:8080/api'],
    ['https://discord.com/api', 'https://discord.com/api'],
  ])('%s → %s', (url, expected) => {
    expect(withoutCredentials(url)).toBe(expected);
  });
});

describe('serializeError', () => {
  it('keeps the kind, status and route, scrubs the token and leaves out the request body', () => {
    const error = Object.assign(new Error('Internal Server Error'), {
      name: 'HTTPError',
      status: 500,
      method: 'POST',
      url: `http://h/interactions/1/${INTERACTION_TOKEN}/callback`,
      requestBody: { json: { data: { content: 'what the user typed' } } },
    });
    const { stack, ...rest } = serializeError(error);
    expect(rest).toEqual({
      type: 'HTTPError',
      message: 'Internal Server Error',
      status: 500,
      method: 'POST',
      url: `http://h/interactions/1/${R}/callback`,
    });
    expect(stack).toMatch(/^HTTPError: Internal Server Error\n/u);
  });

  it('follows the cause of a network error', () => {
    const cause = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' });
    const error = new TypeError('fetch failed', { cause });
    expect(serializeError(error).cause).toMatchObject({ code: 'ECONNREFUSED' });
  });
});

describe('the logger', () => {
  const capture = (level: string) => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    return { logger: createLogger(level, [BOT_TOKEN], sink), lines };
  };

  it('logs what users typed only at debug level', () => {
    for (const [level, count] of [
      ['info', 0],
      ['debug', 1],
    ] as const) {
      const { logger, lines } = capture(level);
      logger.debug({ options: { question: 'private words' } }, 'command options');
      expect(lines.filter((l) => l.includes('private words'))).toHaveLength(count);
    }
  });

  it('no line holds a token, a password, an authorization header or a request body', () => {
    const { logger, lines } = capture('info');
    const error = Object.assign(new Error('failed'), {
      url: `https://u:hunter22@h/webhooks/1/${INTERACTION_TOKEN}/messages/@original`,
      requestBody: { json: { content: 'the body' } },
    });
    logger.error({ err: error, headers: { authorization: `Bot ${BOT_TOKEN}` } }, 'failed');
    logger.info({ token: INTERACTION_TOKEN, note: `see ${BOT_TOKEN}` }, 'with tokens');
    const out = lines.join('');
    for (const secret of [INTERACTION_TOKEN, BOT_TOKEN, 'hunter22', 'the body'])
      expect(out).not.toContain(secret);
    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[0] ?? '{}')).toMatchObject({
      err: { url: `https://${R}@h/webhooks/1/${R}/messages/@original` },
      headers: { authorization: R },
    });
  });
});
