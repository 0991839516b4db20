import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BotProcess, spawnBot } from './standin/bot-process.ts';
import { type DiscordStandin, startStandin } from './standin/standin.ts';

const MAIN = fileURLToPath(new URL('../../src/bot/main.ts', import.meta.url));
const CALLBACK = /^\/interactions\/[^/]+\/[^/]+\/callback$/u;
const TOKEN = 'MTIzNDU2Nzg5.standin.secret-token-value';
const QUESTION = 'What did North Korea say about the private-question-words?';
// A REST proxy with a password in its URL: discord.js sends it, the logs must not show it.
const PASSWORD = 's3cret-proxy-pass';

let d: DiscordStandin;
let bot: BotProcess;

/** Everything the bot printed: its JSON log lines and standard error. */
const printed = () => JSON.stringify(bot.lines) + bot.stderr.join('');

describe('logs hold no secrets when a reply fails for good', () => {
  beforeAll(async () => {
    d = await startStandin({ heartbeatIntervalMs: 1000 });
    const api = d.apiUrl.replace('http://', `http://proxyuser:${PASSWORD}@`);
    bot = spawnBot(MAIN, { DISCORD_API_URL: api, DISCORD_TOKEN: TOKEN, LOG_LEVEL: 'info' });
    await bot.waitForLine((l) => l.msg === 'ready', 15_000);
  }, 20_000);

  afterAll(async () => {
    await bot?.stop();
    await d?.close();
  });

  it('prints the API address at start without its password', async () => {
    const start = await bot.waitForLine((l) => l.msg === 'logging in');
    expect(start.api).toBe(d.apiUrl);
    expect(printed()).not.toContain(PASSWORD);
  });

  it('logs the failure with the route, never the interaction token, the bot token or the question', async () => {
    // discord.js tries each call 4 times on a 500: the answer and the notice after it both fail.
    d.failNext('POST', CALLBACK, 500, { times: 8 });
    const h = d.sendCommand('ask', { question: QUESTION }, { userId: '940000000000000001' });
    const failed = await bot.waitForLine((l) => l.msg === 'interaction failed', 15_000);
    await bot.waitForLine((l) => l.msg === 'interaction' && l.outcome === 'error');
    expect(h.token.length).toBeGreaterThan(20);
    expect(JSON.stringify(failed)).toContain('/interactions/');
    expect(JSON.stringify(failed)).toContain('[redacted]');
    for (const secret of [h.token, TOKEN, PASSWORD, 'private-question-words']) {
      expect(printed()).not.toContain(secret);
    }
  });
});
