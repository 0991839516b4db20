import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userHash } from '../../src/interactions/feedback-log.ts';
import { type BotProcess, spawnBot } from './standin/bot-process.ts';
import { shardOf } from './standin/guild.ts';
import { type DiscordStandin, startStandin } from './standin/standin.ts';

const MAIN = fileURLToPath(new URL('../../src/bot/main.ts', import.meta.url));
const TOKEN = 'MTIzNDU2Nzg5.standin.shards-token';
const QUESTION = 'What did North Korea say about the US claims?';
const CITED = /\*\*\[1\]\*\* .+\n-# \d{3} para\. \d+ · .+ · 2022-\d\d-\d\d/u;

const descriptionOf = (final: { embeds?: { description?: string }[] | undefined }) =>
  final.embeds?.[0]?.description ?? '';

/** Asks in every guild (one per shard); returns each guild's shard and the answer's description. */
async function askInEveryGuild(d: DiscordStandin, userBase: string) {
  return Promise.all(
    d.world.guilds.map(async (guild, i) => {
      const h = d.sendCommand(
        'ask',
        { question: QUESTION },
        { guildId: guild.id, userId: `${userBase}${i}` },
      );
      const final = await h.waitForFinal(8000);
      return { guild: guild.id, shard: shardOf(guild.id, 2), id: h.id, description: descriptionOf(final) };
    }),
  );
}

describe('the bot with two gateway shards (Discord recommends 2)', () => {
  let d: DiscordStandin;
  let bot: BotProcess;

  beforeAll(async () => {
    d = await startStandin({ shards: 2, maxConcurrency: 2, heartbeatIntervalMs: 1000 });
    bot = spawnBot(MAIN, { DISCORD_API_URL: d.apiUrl, DISCORD_TOKEN: TOKEN, LOG_LEVEL: 'info' });
    await d.waitForReady(60_000);
    await bot.waitForLine((l) => l.msg === 'ready', 20_000);
  }, 70_000);

  afterAll(async () => {
    await bot?.stop();
    await d?.close();
  });

  it('follows GET /gateway/bot and identifies on shard [0, 2] and [1, 2]', () => {
    expect(d.requests.filter((r) => r.path === '/gateway/bot').length).toBeGreaterThan(0);
    const identified = [...d.gateway.stats.identified].sort((a, b) => a[0] - b[0]);
    expect(identified).toEqual([
      [0, 2],
      [1, 2],
    ]);
    expect(d.world.guilds.map((g) => shardOf(g.id, 2))).toEqual([0, 1]);
  });

  it('answers /ask in a guild on each shard, and the log names the shard that handled it', async () => {
    const answers = await askInEveryGuild(d, '9400000000000000');
    for (const answer of answers) {
      expect(answer.description).toMatch(CITED);
      const line = await bot.waitForLine(
        (l) =>
          l.msg === 'interaction' &&
          l.command === 'ask' &&
          l.user === userHash(`9400000000000000${answer.shard}`),
      );
      expect(line).toMatchObject({ shard: answer.shard, outcome: 'ok' });
    }
    const ready = bot.lines
      .filter((l) => l.msg === 'shard ready')
      .map((l) => [l.shard, l.shardCount, l.guilds]);
    expect(ready.sort()).toEqual([
      [0, 2, 1],
      [1, 2, 1],
    ]);
  });
});

describe('DISCORD_SHARD_PROCESSES=2: the shards in two processes under discord.js’s ShardingManager', () => {
  let d: DiscordStandin;
  let bot: BotProcess;

  beforeAll(async () => {
    d = await startStandin({ shards: 2, maxConcurrency: 2, heartbeatIntervalMs: 1000 });
    bot = spawnBot(MAIN, {
      DISCORD_API_URL: d.apiUrl,
      DISCORD_TOKEN: TOKEN,
      DISCORD_SHARD_PROCESSES: '2',
      LOG_LEVEL: 'info',
    });
    // Three processes each load the story under tsx: generous on a shared two-core machine.
    await d.waitForReady(100_000);
    await bot.waitForLine((l) => l.msg === 'all shard processes ready', 100_000);
  }, 120_000);

  afterAll(async () => {
    await bot?.stop();
    await d?.close();
  });

  it('starts one process per shard, each loading the one prepared story', () => {
    const started = bot.lines.filter((l) => l.msg === 'shard process started');
    expect(started.map((l) => [l.process, l.shards, l.shardCount])).toEqual([
      [0, [0], 2],
      [1, [1], 2],
    ]);
    const prepared = bot.lines.filter((l) => l.msg === 'story prepared');
    expect(prepared.map((l) => l.snapshot)).toEqual([true, true]);
    expect(new Set(prepared.map((l) => l.pid)).size).toBe(2);
  });

  it('answers /ask on both shards, each from its own process; SIGTERM stops them all with 0', async () => {
    const answers = await askInEveryGuild(d, '9500000000000000');
    const pids = new Set<unknown>();
    for (const answer of answers) {
      expect(answer.description).toMatch(CITED);
      const line = await bot.waitForLine(
        (l) => l.msg === 'interaction' && l.user === userHash(`9500000000000000${answer.shard}`),
      );
      expect(line).toMatchObject({ shard: answer.shard, outcome: 'ok' });
      pids.add(line.pid);
    }
    expect(pids.size).toBe(2);
    const started = Date.now();
    expect(await bot.stop(8000)).toBe(0);
    expect(Date.now() - started).toBeLessThan(8000);
    for (const pid of pids) expect(() => process.kill(Number(pid), 0)).toThrow();
  });
});
