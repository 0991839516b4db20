import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BotLine, type BotProcess, spawnBot } from './standin/bot-process.ts';
import { type DiscordStandin, type InteractionHandle, startStandin } from './standin/standin.ts';

const ECHO_BOT = fileURLToPath(new URL('./standin/echo-bot.ts', import.meta.url));
const CALLBACK = /^\/interactions\/[^/]+\/[^/]+\/callback$/;
const EDIT_ORIGINAL = /^\/webhooks\/[^/]+\/[^/]+\/messages\/@original$/;

let d: DiscordStandin;
let bot: BotProcess;

const handled = (h: InteractionHandle): Promise<BotLine> =>
  bot.waitForLine((l) => (l.event === 'handled' || l.event === 'handler-error') && l.id === h.id);

describe('Discord stand-in + a real discord.js client', () => {
  beforeAll(async () => {
    d = await startStandin({ heartbeatIntervalMs: 1000 });
    bot = spawnBot(ECHO_BOT, { DISCORD_API_URL: d.apiUrl, DISCORD_TOKEN: 'MTIz.standin.token' });
    await d.waitForReady(15_000);
    await bot.waitForLine((l) => l.event === 'registered', 15_000);
  }, 20_000);

  afterAll(async () => {
    await bot?.stop();
    await d?.close();
  });

  it('logs in: GET /gateway/bot, IDENTIFY (Guilds intent), READY + GUILD_CREATE, command registration', async () => {
    const gatewayBot = d.requests.find((r) => r.path === '/gateway/bot');
    expect(gatewayBot).toMatchObject({ method: 'GET', status: 200 });
    expect(d.gateway.stats).toMatchObject({ connections: 1, identifies: 1, intents: 1 });
    const ready = await bot.waitForLine((l) => l.event === 'ready');
    expect(ready).toMatchObject({ user: d.world.botUser.id, guilds: 1, channels: 1 });
    const registered = await bot.waitForLine((l) => l.event === 'registered');
    expect(registered).toMatchObject({ guild: 2 });
    expect(d.registered.get('global')).toEqual([
      expect.objectContaining({ name: 'ping', description: 'Ping' }),
      expect.objectContaining({ name: 'Quote', type: 3 }),
    ]);
    expect(d.registered.get(d.world.guildId)).toHaveLength(2);
    expect(d.requests.filter((r) => r.status >= 400)).toEqual([]);
  });

  it('delivers a reply with content, allowed_mentions and timing', async () => {
    const h = d.sendCommand('ping', { question: 'hello' });
    const response = await h.waitForResponse();
    expect(response).toMatchObject({ kind: 'callback', type: 4, status: 204 });
    expect(response.data).toMatchObject({ content: 'pong ping', allowed_mentions: { parse: [] } });
    expect(response.ms).toBeGreaterThanOrEqual(0);
    expect(response.ms).toBeLessThan(3000);
    const final = await h.waitForFinal();
    expect(final).toMatchObject({ via: 'callback', callbackType: 4, ephemeral: false, content: 'pong ping' });
    const call = d.requests.find((r) => r.path === `/interactions/${h.id}/${h.token}/callback`);
    expect(call?.query).toEqual({ with_response: 'false' });
    expect((await bot.waitForLine((l) => l.event === 'interaction' && l.id === h.id)).channel).toBe(
      d.world.channelId,
    );
  });

  it('defer (ephemeral) then edit @original', async () => {
    const h = d.sendCommand('slow');
    const final = await h.waitForFinal();
    expect(final).toMatchObject({ via: 'edit', callbackType: 5, flags: 64, ephemeral: true });
    expect(final).toMatchObject({ content: 'slow done', allowed_mentions: { parse: [] } });
    expect(h.original).toMatchObject({ content: 'slow done', flags: 64 });
    expect(h.responses.map((r) => [r.kind, r.status])).toEqual([
      ['callback', 204],
      ['edit', 200],
    ]);
  });

  it('reply then follow-up', async () => {
    const h = d.sendCommand('followup');
    await handled(h);
    expect(h.responses.map((r) => r.kind)).toEqual(['callback', 'followup']);
    expect(h.followups.map((m) => m.content)).toEqual(['second']);
  });

  it('reply({ withResponse: true }) gets an interaction callback response discord.js can parse', async () => {
    const h = d.sendCommand('with-response');
    const line = await bot.waitForLine((l) => l.event === 'with-response' && l.id === h.id);
    expect(line.messageId).toBe(h.original?.id);
    expect(h.responses[0]).toMatchObject({ type: 4, status: 200 });
  });

  it('enforces Discord limits: content over 2000 chars → 400 Invalid Form Body (50035)', async () => {
    const h = d.sendCommand('too-long');
    const line = await handled(h);
    expect(line.event).toBe('handler-error');
    expect(String(line.error)).toContain('Must be 2000 or fewer in length');
    expect(h.responses.map((r) => r.status)).toEqual([400]);
  });

  it('autocomplete choices', async () => {
    const h = d.sendAutocomplete('ask', { question: 'wh', limit: 3 });
    const response = await h.waitForResponse();
    expect(response.type).toBe(8);
    expect(response.data.choices).toEqual([
      { name: 'alpha wh', value: 'alpha' },
      { name: 'beta wh', value: 'beta' },
    ]);
  });

  it('button click → update', async () => {
    const h = d.sendButton('more:1');
    const final = await h.waitForFinal();
    expect(final).toMatchObject({
      via: 'callback',
      callbackType: 7,
      content: 'clicked more:1',
      components: [],
    });
    expect(h.original).toMatchObject({ content: 'clicked more:1', components: [] });
  });

  it('message context-menu command sees the target message', async () => {
    const h = d.sendMessageCommand('Quote', {
      content: 'hello world',
      author: { id: '42', username: 'ann' },
    });
    const final = await h.waitForFinal();
    expect(final).toMatchObject({ content: 'quoted: hello world', ephemeral: true });
  });

  it('500 once on the callback: @discordjs/rest retries at once and the reply lands', async () => {
    d.failNext('POST', CALLBACK, 500);
    const h = d.sendCommand('ping');
    await h.waitForResponse();
    expect(h.responses.map((r) => r.status)).toEqual([500, 204]);
    expect(await handled(h)).toMatchObject({ event: 'handled' });
  });

  it('500 on every attempt: 1 + 3 retries, then reply() rejects; the bot survives', async () => {
    d.failNext('POST', CALLBACK, 500, { times: 4 });
    const h = d.sendCommand('ping');
    expect(await handled(h)).toMatchObject({ event: 'handler-error' });
    expect(h.responses.map((r) => r.status)).toEqual([500, 500, 500, 500]);
    const next = d.sendCommand('ping');
    expect((await next.waitForResponse()).data.content).toBe('pong ping');
  });

  it('429 with retry_after on the callback and on an edit: retried after the wait, then succeeds', async () => {
    d.failNext('POST', CALLBACK, 429, { retryAfter: 0.3 });
    const h = d.sendCommand('ping');
    await h.waitForResponse();
    const [limited, ok] = h.responses;
    expect([limited?.status, ok?.status]).toEqual([429, 204]);
    expect((ok?.at ?? 0) - (limited?.at ?? 0)).toBeGreaterThanOrEqual(300);

    d.failNext('PATCH', EDIT_ORIGINAL, 429, { retryAfter: 0.2 });
    const slow = d.sendCommand('slow');
    expect((await slow.waitForFinal()).content).toBe('slow done');
    expect(slow.responses.map((r) => [r.kind, r.status])).toEqual([
      ['callback', 204],
      ['edit', 429],
      ['edit', 200],
    ]);
  });

  it('gateway drop (4000, then 1006): discord.js resumes and commands still work', async () => {
    await d.disconnectGateway(4000);
    const h = d.sendCommand('ping');
    expect((await h.waitForResponse(5000)).data.content).toBe('pong ping');
    expect(d.gateway.stats).toMatchObject({ resumes: 1, identifies: 1 });
    await bot.waitForLine((l) => l.event === 'resumed');

    await d.disconnectGateway(1006);
    const after = d.sendCommand('ping');
    expect((await after.waitForResponse(5000)).data.content).toBe('pong ping');
    expect(d.gateway.stats).toMatchObject({ resumes: 2, identifies: 1, connections: 3 });
  });

  it('SIGTERM → the bot exits cleanly', async () => {
    expect(await bot.stop()).toBe(0);
    expect(bot.lines.some((l) => l.event === 'sigterm')).toBe(true);
    expect(bot.lines.filter((l) => l.event === 'unhandled-rejection' || l.event === 'client-error')).toEqual(
      [],
    );
  });
});
