import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DiscordMessage } from '../../src/render/discord.ts';
import { problemsOf } from '../render/markup.ts';
import { type BotProcess, spawnBot } from './standin/bot-process.ts';
import { type DiscordStandin, type FinalMessage, startStandin } from './standin/standin.ts';

const MAIN = fileURLToPath(new URL('../../src/bot/main.ts', import.meta.url));
const CALLBACK = /^\/interactions\/[^/]+\/[^/]+\/callback$/u;
const TOKEN = 'MTIzNDU2Nzg5.standin.secret-token-value';
const QUESTION = 'What did North Korea say about the private-question-words?';
// A REST proxy with a password in its URL: discord.js sends it, the logs must not show it.
const PASSWORD = 's3cret-proxy-pass';

let d: DiscordStandin;
let bot: BotProcess;

// The real bot, as a hostile user or a careless operator would meet it: the six hostile inputs of
// issue 15 through discord.js and the REST stand-in, and a reply that fails for good.
const HOSTILE: [string, Record<string, string>][] = [
  ['ask', { question: '[official Reuters source](http://evil.example/phish) did North Korea deny it?' }],
  ['ask', { question: '# heading </ask:1234567890123456789> <#123456789012345678> -# small' }],
  ['timeline', { topic: '**@everyone** missile tests [x](https://evil.example)' }],
  ['compare', { topic: '> quote @HERE ~~air exercise~~ ||x||' }],
  ['who-said', { speaker: '**Kirby** @everyone <@&123456789012345678>' }],
  ['who-said', { quote: '`literally millions` ```x``` https://evil.example' }],
];

/** The message as the stand-in received it, in the shape the markup checks read. */
const asMessage = (final: FinalMessage): DiscordMessage => ({
  embeds: final.embeds ?? [],
  components: (final.components ?? []) as DiscordMessage['components'],
  allowedMentions: (final.allowed_mentions ?? { parse: ['everyone'] }) as { parse: [] },
  ephemeral: final.ephemeral,
  files: [],
});

/** Everything the bot printed: its JSON log lines and standard error. */
const printed = () => JSON.stringify(bot.lines) + bot.stderr.join('');

describe('the real bot under hostile text and a failing Discord', () => {
  beforeAll(async () => {
    d = await startStandin({ heartbeatIntervalMs: 1000 });
    const api = d.apiUrl.replace('http://', `http://proxyuser:${PASSWORD}@`);
    bot = spawnBot(MAIN, { DISCORD_API_URL: api, DISCORD_TOKEN: TOKEN, LOG_LEVEL: 'info' });
    // Starting takes a few seconds alone, much longer when the two cores are busy.
    await bot.waitForLine((l) => l.msg === 'ready', 45_000);
  }, 50_000);

  afterAll(async () => {
    await bot?.stop();
    await d?.close();
  });

  it.each(HOSTILE)('/%s %j: no markup, mention, chip or link in any field', async (name, options) => {
    const users = HOSTILE.findIndex(([n, o]) => n === name && o === options);
    const final = await d.sendCommand(name, options, { userId: `94100000000000000${users}` }).waitForFinal();
    expect(final.embeds?.length).toBe(1);
    expect(problemsOf(asMessage(final), { marks: true })).toEqual([]);
  });

  it('autocomplete reads typing in the articles’ normal form and answers inert names', async () => {
    const typed = 'Ｋｉｒ\u200b';
    const response = await d.sendAutocomplete('who-said', { speaker: typed }).waitForResponse();
    expect(response.data.choices).toEqual([{ name: 'John Kirby', value: 'John Kirby' }]);
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
