import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BotProcess, spawnBot } from './standin/bot-process.ts';
import { buttonLabels, message } from './standin/fixtures.ts';
import { type DiscordStandin, startStandin } from './standin/standin.ts';

const MAIN = fileURLToPath(new URL('../../src/bot/main.ts', import.meta.url));
const CALLBACK = /^\/interactions\/[^/]+\/[^/]+\/callback$/u;
const TOKEN = 'MTIzNDU2Nzg5.standin.e2e-token-value';

let d: DiscordStandin;
let bot: BotProcess;

// The bot rate-limits each user, so every test speaks as someone new.
let users = 0;
const asNewUser = () => ({ userId: `9200000000000${String(users++).padStart(5, '0')}` });
const descriptionOf = (final: { embeds?: { description?: string }[] | undefined }) =>
  final.embeds?.[0]?.description ?? '';

describe('the bot, end to end against a Discord stand-in', () => {
  beforeAll(async () => {
    d = await startStandin({ heartbeatIntervalMs: 1000 });
    bot = spawnBot(MAIN, { DISCORD_API_URL: d.apiUrl, DISCORD_TOKEN: TOKEN, LOG_LEVEL: 'info' });
    await d.waitForReady(60_000);
    await bot.waitForLine((l) => l.msg === 'ready', 15_000);
  }, 70_000);

  afterAll(async () => {
    await bot?.stop();
    await d?.close();
  });

  it('logs in with the Guilds intent only', () => {
    expect(d.gateway.stats.intents).toBe(1);
  });

  it('/ask answers in the channel with cited passages, a button and no mentions parsed', async () => {
    const h = d.sendCommand(
      'ask',
      { question: 'What did North Korea say about the US claims?' },
      asNewUser(),
    );
    const final = await h.waitForFinal();
    expect(final.ms).toBeLessThan(3000);
    expect(final.ephemeral).toBe(false);
    expect(final.allowed_mentions).toEqual({ parse: [] });
    expect(descriptionOf(final)).toMatch(/\*\*\[1\]\*\* .+\n-# \d{3} para\. \d+ · .+ · 2022-\d\d-\d\d/u);
    expect(final.components?.[0]).toMatchObject({ components: [{ label: 'More results' }] });
  });

  it('"More results" pages the answer: the button carries the offset, a key of the question and the asker', async () => {
    const asker = asNewUser();
    const h = d.sendCommand('ask', { question: 'Who is John Kirby?' }, asker);
    const first = await h.waitForFinal();
    const row = first.components?.[0] as { components: { custom_id: string }[] } | undefined;
    expect(row?.components[0]?.custom_id).toMatch(
      new RegExp(`^pg\\|ask\\|3\\|[\\w-]{12}\\|${asker.userId}$`, 'u'),
    );
    const page = await d.clickButton(h.original?.id ?? '', 'More results', asker).waitForFinal();
    expect(page.callbackType).toBe(7);
    expect(descriptionOf(page)).toContain('**[4]**');
    expect(page.embeds?.[0]?.footer?.text).toMatch(/^Results 4–/u);
  });

  it('a question with @everyone and a role mention pings nobody', async () => {
    const final = await d
      .sendCommand(
        'ask',
        { question: '@everyone <@&123456789012345678> did Pyongyang deny it?' },
        asNewUser(),
      )
      .waitForFinal();
    expect(final.allowed_mentions).toEqual({ parse: [] });
    expect(descriptionOf(final)).toContain('@\u200beveryone');
    expect(descriptionOf(final)).not.toMatch(/<@&\d/u);
  });

  it('a question about another story says so', async () => {
    const final = await d
      .sendCommand(
        'ask',
        { question: 'Who won the football match between Arsenal and Chelsea?' },
        asNewUser(),
      )
      .waitForFinal();
    expect(descriptionOf(final)).toContain('Nothing in the articles answers that');
  });

  it('/sources lists every article; /help every command, ephemerally', async () => {
    const sources = await d.sendCommand('sources', {}, asNewUser()).waitForFinal();
    expect(sources.embeds?.[0]?.fields?.map((f) => f.value.match(/\d{3}(?= ·)/u)?.[0])).toEqual([
      '000',
      '001',
      '002',
      '003',
      '004',
    ]);
    const help = await d.sendCommand('help', {}, asNewUser()).waitForFinal();
    expect(help.ephemeral).toBe(true);
    expect(help.embeds?.[0]?.fields?.map((f) => f.name)).toEqual([
      '/ask',
      '/who-said',
      '/timeline',
      '/compare',
      'Apps → Check against sources',
      '/sources',
      '/help',
    ]);
  });

  it('/compare shows where the articles differ, each side cited', async () => {
    const final = await d.sendCommand('compare', {}, asNewUser()).waitForFinal();
    expect(final.ephemeral).toBe(false);
    const fields = final.embeds?.[0]?.fields ?? [];
    expect(fields[0]?.name).toMatch(/^Differ on the date: Wednesday 21 Sep 2022 or Thursday 22 Sep 2022/u);
    expect(fields[0]?.value).toMatch(
      /^000 para\. 1: Wednesday .+\n003 para\. 3: Thursday .+\n004 para\. 3: Thursday /u,
    );
    expect(final.components?.[0]).toMatchObject({ components: [{ label: 'More results' }] });
    const topic = await d.sendCommand('compare', { topic: 'the air exercise' }, asNewUser()).waitForFinal();
    expect(topic.embeds?.[0]?.fields?.map((f) => f.name)).toContain(
      'Differ on the name: “Awakening Storm” or “Operation Vigilant Storm”',
    );
  });

  it('Apps → "Check against sources" answers only the user, with counts, and can be shared', async () => {
    const content =
      '@everyone North Korea says it never exported weapons or ammunition to Russia <@&123456789012345678>';
    const user = asNewUser();
    const final = await d.sendMessageCommand('Check against sources', { content }, user).waitForFinal();
    expect(final.ms).toBeLessThan(3000);
    expect(final.ephemeral).toBe(true);
    expect(final.allowed_mentions).toEqual({ parse: [] });
    const embed = final.embeds?.[0];
    expect(embed?.fields?.[0]?.name).toBe('Supports it · reported by 3 of 5 articles');
    expect(embed?.fields?.[0]?.value).toMatch(
      /never exported weapons or ammunition[\s\S]*\n-# 00[034] para\. \d/u,
    );
    expect(embed?.description).toContain('@\u200beveryone');
    expect(embed?.description).not.toMatch(/<@&\d/u);
    expect(final.components?.[0]).toMatchObject({
      components: [{ label: 'Share in channel', custom_id: 'share' }],
    });
    // The button sits on the ephemeral reply; sharing posts the same embeds for the channel.
    const host = message(d.world, {
      id: '1100000000000000001',
      embeds: final.embeds ?? [],
      components: final.components ?? [],
      flags: 64,
      type: 23,
    });
    const shared = await d.sendButton('share', { message: host, ...user }).waitForFinal();
    expect(shared.callbackType).toBe(4);
    expect(shared.ephemeral).toBe(false);
    expect(shared.embeds).toEqual(final.embeds);
    // Everything but "Share" itself: the public answer can be rated too.
    expect(buttonLabels(shared.components)).toEqual([['👍', '👎']]);
    expect(shared.allowed_mentions).toEqual({ parse: [] });
  });

  it('a message with nothing to check, or no text at all, gets a clear answer', async () => {
    const other = await d
      .sendMessageCommand('Check against sources', { content: 'who wants pizza tonight?' }, asNewUser())
      .waitForFinal();
    expect(descriptionOf(other)).toContain('Nothing in the articles about this.');
    const empty = await d
      .sendMessageCommand('Check against sources', { content: '' }, asNewUser())
      .waitForFinal();
    expect(descriptionOf(empty)).toContain('That message has no text to check');
    expect(empty.ephemeral).toBe(true);
  });

  it('a message of embeds only (the bot’s own answer) is checked by the embeds’ text', async () => {
    const embeds = [
      { title: 'From the articles', description: 'Kirby spoke of literally millions of shells.' },
    ];
    const final = await d
      .sendMessageCommand('Check against sources', { content: '', embeds }, asNewUser())
      .waitForFinal();
    expect(final.embeds?.[0]?.fields?.[0]?.name).toBe('Mentions it · reported by 3 of 5 articles');
  });

  it('/timeline lists dated events with citations, paged', async () => {
    const asker = asNewUser();
    const h = d.sendCommand('timeline', {}, asker);
    const final = await h.waitForFinal();
    const fields = final.embeds?.[0]?.fields ?? [];
    expect(fields[0]?.name).toBe('Feb 2022');
    expect(fields[0]?.value).toMatch(/-# 00\d para\. \d+ · /u);
    const next = await d.clickButton(h.original?.id ?? '', 'More results', asker).waitForFinal();
    expect(next.embeds?.[0]?.footer?.text).toMatch(/^Results 11–/u);
    const topic = await d.sendCommand('timeline', { topic: 'missile tests' }, asNewUser()).waitForFinal();
    expect(topic.embeds?.[0]?.title).toBe('Timeline: missile tests');
  });

  it('/who-said names the speaker of a quote with its sources, and completes speakers', async () => {
    const final = await d
      .sendCommand('who-said', { quote: 'literally millions of rockets and artillery shells' }, asNewUser())
      .waitForFinal();
    expect(final.ephemeral).toBe(false);
    const fields = final.embeds?.[0]?.fields ?? [];
    expect(fields.map((f) => f.name)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('John Kirby'),
        expect.stringContaining('State Department'),
      ]),
    );
    expect(fields[0]?.value).toMatch(/-# 00\d para\. \d+ · /u);
    const neither = await d.sendCommand('who-said', {}, asNewUser()).waitForFinal();
    expect(neither.ephemeral).toBe(true);
    const response = await d.sendAutocomplete('who-said', { speaker: 'kir' }).waitForResponse();
    expect(response.data.choices?.map((c) => c.name)).toEqual(['John Kirby']);
  });

  it('autocomplete answers within the limits', async () => {
    const response = await d.sendAutocomplete('ask', { question: 'kir' }).waitForResponse();
    expect(response.type).toBe(8);
    expect(response.data.choices?.length ?? 0).toBeLessThanOrEqual(25);
  });

  it('an unknown or stale command gets an ephemeral explanation', async () => {
    const final = await d.sendCommand('nope', {}, asNewUser()).waitForFinal();
    expect(final.ephemeral).toBe(true);
    expect(descriptionOf(final)).toContain('no longer available');
  });

  it('survives a 500 and a 429 from the REST side', async () => {
    d.failNext('POST', CALLBACK, 500);
    const afterError = await d.sendCommand('sources', {}, { userId: '900000000000000002' }).waitForFinal();
    expect(afterError.embeds?.[0]?.title).toContain('articles');
    d.failNext('POST', CALLBACK, 429, { retryAfter: 0.2 });
    const afterLimit = await d.sendCommand('sources', {}, { userId: '900000000000000003' }).waitForFinal();
    expect(afterLimit.embeds?.[0]?.title).toContain('articles');
  });

  it('reconnects after a gateway disconnect and answers again', async () => {
    await d.disconnectGateway(4000);
    await d.waitForReady(10_000);
    const final = await d.sendCommand('sources', {}, { userId: '900000000000000004' }).waitForFinal(8000);
    expect(final.embeds?.[0]?.title).toContain('articles');
  });

  it('answers one user sending 15 at once, each with a reply (some "slow down")', async () => {
    const handles = Array.from({ length: 15 }, () =>
      d.sendCommand('sources', {}, { userId: '900000000000000005' }),
    );
    const finals = await Promise.all(handles.map((h) => h.waitForFinal(8000)));
    const slowed = finals.filter((f) => f.embeds?.[0]?.title === 'Slow down');
    expect(slowed.length).toBeGreaterThan(0);
    expect(slowed.every((f) => f.ephemeral)).toBe(true);
    expect(finals.length - slowed.length).toBeGreaterThan(0);
  });

  it('acknowledges 60 users at once within 3 seconds', async () => {
    const handles = Array.from({ length: 60 }, (_, i) =>
      d.sendCommand(
        'ask',
        { question: `Why would Russia buy shells? (${i})` },
        { userId: `91000000000000${String(i).padStart(4, '0')}` },
      ),
    );
    const responses = await Promise.all(handles.map((h) => h.waitForResponse(8000)));
    expect(responses.every((r) => r.accepted && r.ms < 3000)).toBe(true);
  });

  it('logs each interaction with command, latency and outcome, never the token', () => {
    const logged = bot.lines.filter((l) => l.msg === 'interaction');
    expect(logged.length).toBeGreaterThan(10);
    expect(logged[0]).toMatchObject({
      command: expect.any(String),
      ms: expect.any(Number),
      outcome: expect.any(String),
    });
    expect(JSON.stringify(bot.lines) + bot.stderr.join('')).not.toContain(TOKEN);
  });

  it('exits 0 on SIGTERM', async () => {
    const started = Date.now();
    expect(await bot.stop()).toBe(0);
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
