import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outletCorpus } from '../fixtures/outlet-corpus.ts';
import { type BotProcess, spawnBot } from './standin/bot-process.ts';
import { message } from './standin/fixtures.ts';
import { type DiscordStandin, type FinalMessage, startStandin } from './standin/standin.ts';

// What a reader meets in a server, through the real bot and discord.js: citations that can be
// followed, /sources past 25 articles, speakers named once, stances in words, the timeline's
// picture, and plain sentences for bad options. The corpus: the seeds (002 and 000 with outlet
// and URL in the manifest) and 25 made-up notices.
const MAIN = fileURLToPath(new URL('../../src/bot/main.ts', import.meta.url));
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const INTERNALS = /Invalid input|expected string|received undefined|YYYY/u;

let d: DiscordStandin;
let bot: BotProcess;
let corpus: string;
let users = 0;
const asNewUser = () => ({ userId: `9300000000000${String(users++).padStart(5, '0')}` });
const descriptionOf = (final: FinalMessage) => final.embeds?.[0]?.description ?? '';
const buttonsOf = (final: FinalMessage) =>
  (final.components?.[0] as { components?: { label: string; custom_id: string }[] } | undefined)
    ?.components ?? [];

describe('what a reader meets, end to end (bot process, Discord stand-in, 30-article corpus)', () => {
  beforeAll(async () => {
    corpus = await outletCorpus();
    d = await startStandin({ heartbeatIntervalMs: 1000 });
    bot = spawnBot(MAIN, {
      DISCORD_API_URL: d.apiUrl,
      DISCORD_TOKEN: 'MTIz.standin.readers-token',
      SEEDS_DIR: corpus,
      LOG_LEVEL: 'info',
    });
    await d.waitForReady(60_000);
    await bot.waitForLine((l) => l.msg === 'ready', 15_000);
  }, 80_000);

  afterAll(async () => {
    await bot?.stop();
    await d?.close();
    await rm(corpus, { recursive: true, force: true });
  });

  it('cites an article whose manifest has outlet and URL with both: the title a masked link, the outlet named', async () => {
    const final = await d
      .sendCommand('ask', { question: 'What did North Korea say about the US claims?' }, asNewUser())
      .waitForFinal();
    expect(final.allowed_mentions).toEqual({ parse: [] });
    expect(descriptionOf(final)).toContain(
      '002 para. 1 · [North Korea dismisses as ‘baseless’ US allegations of arms supplies to Russia: state media](<https://wire.example/2022/11/08/denial_%28kcna%29>) · Wire \\*Asia\\* @\u200beveryone · 2022-11-08',
    );
    expect(descriptionOf(final)).not.toContain('¶');
    // An article with neither: title and date, no link.
    const plain = await d
      .sendCommand(
        'ask',
        { question: 'Did North Korea say it has plans to sell weapons to Russia in future?' },
        asNewUser(),
      )
      .waitForFinal();
    expect(descriptionOf(plain)).toMatch(
      /\n-# 004 para\. \d+ · “Not Supplying Weapons To Russia, No Plans In Future”: North Korea · 2022-09-22/u,
    );
  });

  it('/sources lists 30 articles in three pages, each with outlet, date and link', async () => {
    const user = asNewUser();
    const first = await d.sendCommand('sources', {}, user).waitForFinal();
    const ids: string[] = [];
    let page = first;
    const footers: string[] = [];
    for (;;) {
      footers.push(page.embeds?.[0]?.footer?.text ?? '');
      ids.push(...(page.embeds?.[0]?.fields ?? []).map((f) => /\n-# (\w+) · /u.exec(f.value)?.[1] ?? '?'));
      const more = buttonsOf(page).find((b) => b.label === 'More results');
      if (!more || footers.length > 3) break;
      const host = message(d.world, {
        id: '1100000000000000101',
        embeds: page.embeds ?? [],
        components: page.components ?? [],
      });
      page = await d.sendButton(more.custom_id, { message: host, ...user }).waitForFinal();
      expect(page.callbackType).toBe(7);
    }
    expect(footers).toEqual(['Results 1–10 of 30', 'Results 11–20 of 30', 'Results 21–30 of 30']);
    expect(new Set(ids).size).toBe(30);
    expect(first.embeds?.[0]?.fields?.[0]?.value).toContain(
      '-# 000 · [Accused by Washington, North Korea denies supplying weapons to Moscow](<https://monde.example/2022/09/22/coree-du-nord>) · Example Monde · 2022-09-22',
    );
  });

  it('/who-said names the speaker and role once, marks paraphrase', async () => {
    const final = await d.sendCommand('who-said', { speaker: 'Kirby' }, asNewUser()).waitForFinal();
    const fields = final.embeds?.[0]?.fields ?? [];
    expect(fields.map((f) => f.name)).toEqual([
      'John Kirby (White House National Security Council spokesperson)',
      '\u200b',
      '\u200b',
      '\u200b',
      '\u200b',
    ]);
    expect(JSON.stringify(final.embeds).split('National Security Council spokesperson').length - 1).toBe(1);
    expect(fields.map((f) => f.value.split('\n')[0]?.slice(0, 13))).toContain('Paraphrased: ');
    expect(JSON.stringify(final.embeds)).not.toContain('(reported)');
  });

  it('Check against sources shows supports and contradicts in words before the count', async () => {
    const content = 'North Korea says it has never exported weapons to Russia';
    const final = await d
      .sendMessageCommand('Check against sources', { content }, asNewUser())
      .waitForFinal();
    const names = final.embeds?.[0]?.fields?.map((f) => f.name) ?? [];
    expect(
      names.every((n) => /^(Supports|Contradicts|Mentions) it · reported by \d+ of 30 articles$/u.test(n)),
    ).toBe(true);
    expect(names[0]).toMatch(/^Supports it · /u);
    expect(names.some((n) => n.startsWith('Contradicts it · '))).toBe(true);
  });

  it('/timeline attaches a PNG under 1 MB, shown in the embed, its description listing the events', async () => {
    const h = d.sendCommand('timeline', { from: '2022-09-01', to: '2022-11-30' }, asNewUser());
    const final = await h.waitForFinal();
    expect(final.ms).toBeLessThan(3000);
    const [file] = final.files;
    expect([final.files.length, file?.field, file?.filename, file?.contentType]).toEqual([
      1,
      'files[0]',
      'timeline.png',
      'image/png',
    ]);
    expect([...(file?.data.subarray(0, 8) ?? [])]).toEqual(PNG_SIGNATURE);
    expect(file?.data.length).toBeLessThan(1024 * 1024);
    const [attachment] = final.attachments ?? [];
    expect(attachment).toMatchObject({ id: '0', filename: 'timeline.png' });
    const alt = (attachment as { description?: string } | undefined)?.description ?? '';
    expect(alt.length).toBeLessThanOrEqual(1024);
    expect(alt).toMatch(/^Timeline of the story, 12 events: Sep 2022: /u);
    expect(alt).toContain('7 Nov 2022 or 8 Nov 2022 (the sources differ)');
    expect(h.original?.embeds[0]?.image?.url).toBe(h.original?.attachments[0]?.url);
  });

  it.each<[string, string, Record<string, string>, string]>([
    [
      'a blank question',
      'ask',
      { question: '   ' },
      'Write a question in your own words, up to 300 characters.',
    ],
    ['no question at all', 'ask', {}, 'Write a question in your own words, up to 300 characters.'],
    [
      'from:"last week"',
      'timeline',
      { from: 'last week' },
      'Write the start date as 2022-09-01 (a month, 2022-09, or a year, 2022, also works).',
    ],
    [
      'a day that does not exist',
      'timeline',
      { to: '2022-02-30' },
      'Write the end date as 2022-11-30 (a month, 2022-11, or a year, 2022, also works).',
    ],
  ])('%s gets one plain sentence saying what to type, privately', async (_, name, options, sentence) => {
    const final = await d.sendCommand(name, options, asNewUser()).waitForFinal();
    expect(final.ephemeral).toBe(true);
    const text = descriptionOf(final);
    expect(text.startsWith(`${sentence} For example: /${name} `)).toBe(true);
    expect(text.split('Write ').length - 1).toBe(1);
    expect(text).not.toMatch(INTERNALS);
  });
});
