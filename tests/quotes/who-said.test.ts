import { copyFile, cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContext } from '../../src/app.ts';
import { runCommand } from '../../src/commands/run.ts';
import type { CommandContext } from '../../src/commands/types.ts';
import { type QuoteMatch, whoSaid } from '../../src/quotes/who-said.ts';

let context: CommandContext;
const at = (m: QuoteMatch) => `${m.articleId}¶${m.paragraph}`;
const brief = (m: QuoteMatch) => [
  m.speaker?.name ?? 'unattributed',
  at(m),
  m.alsoIn.map((r) => `${r.articleId}¶${r.paragraph}`),
];

beforeAll(async () => {
  context = await loadContext('seeds');
});

describe('whoSaid by quote', () => {
  it('returns each attribution when articles give the same words to different speakers', () => {
    const { matches } = whoSaid(context.story, {
      quote: 'literally millions of rockets and artillery shells',
    });
    expect(matches.slice(0, 2).map(brief)).toEqual([
      ['John Kirby', '000¶3', []],
      ['a US State Department spokesman', '004¶5', []],
    ]);
    expect(matches[0]?.speaker?.role).toBe('White House National Security Council spokesperson');
    expect(matches[0]?.confidence).toBeGreaterThan(0.8);
    expect(matches[0]?.confidence).toBeLessThanOrEqual(1);
  });

  it('finds a quote from a few words despite translation differences, with its other sources', () => {
    const { matches } = whoSaid(context.story, {
      quote: 'rumor of arms smuggling between the DPRK and Russia',
    });
    expect(
      matches.map((m) => [
        m.speaker?.name,
        [at(m), ...m.alsoIn.map((r) => `${r.articleId}¶${r.paragraph}`)].sort(),
      ]),
    ).toEqual([
      [
        'the Deputy Director of Foreign Military Affairs of the Ministry of National Defense of the North',
        ['001¶2', '002¶5'],
      ],
    ]);
  });

  it('keeps an unnamed official apart from North Korea', () => {
    const { matches } = whoSaid(context.story, { quote: 'never exported weapons or ammunition to Russia' });
    expect(matches.map((m) => [m.speaker?.kind, at(m)])).toEqual([
      ['official', '000¶2'],
      ['official', '003¶3'],
      ['official', '004¶3'],
    ]);
  });

  it('finds nothing for words nobody said', () => {
    expect(whoSaid(context.story, { quote: 'football match between Arsenal and Chelsea' }).matches).toEqual(
      [],
    );
  });
});

describe('whoSaid by speaker', () => {
  it('lists everything Kirby is quoted saying once, each with every source', () => {
    const { matches } = whoSaid(context.story, { speaker: 'Kirby' });
    expect(new Set(matches.map((m) => m.speaker?.name))).toEqual(new Set(['John Kirby']));
    expect(matches.map(brief)).toContainEqual(['John Kirby', '001¶7', ['002¶4', '002¶9']]); // the Middle East cover story
    expect(matches.map(brief)).toContainEqual(['John Kirby', '000¶3', ['004¶6']]); // "not yet been completed"
    expect(matches.map(at)).not.toContain('004¶6');
    expect(matches.map(at)).toEqual(expect.arrayContaining(['001¶8', '002¶10', '003¶5'])); // "he said", resolved
  });

  it('narrows a speaker to some words', () => {
    const { matches } = whoSaid(context.story, { speaker: 'John Kirby', quote: 'a sign of shortages' });
    expect(matches.map(brief)).toEqual([['John Kirby', '002¶12', []]]);
  });
});

describe('/who-said', () => {
  it('needs a quote or a speaker', () => {
    const reply = runCommand(context, 'who-said', {});
    expect(reply.ephemeral).toBe(true);
    expect(reply.empty).toContain('a quotation, or a speaker’s name');
  });

  it('replies with cited items, pages of 5 and the data for --json', () => {
    const reply = runCommand(context, 'who-said', { speaker: 'Kirby', offset: '5' });
    expect(reply.paging).toMatchObject({ offset: 5, pageSize: 5 });
    expect(reply.items[0]?.group).toMatch(/^John Kirby \(/u);
    const data = reply.data as { query: string; matches: { speaker: string; role: string | null }[] };
    expect(data.query).toBe('Kirby');
    expect(data.matches[0]).toMatchObject({ speaker: 'John Kirby', role: expect.any(String) });
    // Words that look like an option are words of the quotation: options travel apart now.
    expect(runCommand(context, 'who-said', { quote: 'speaker:Kirby' }).title).toBe('Who said it');
  });

  it('completes speakers and quotation openings within Discord limits', () => {
    const command = context.commands.find((c) => c.data.name === 'who-said');
    const speakers = command?.autocomplete?.(context, { name: 'speaker', value: 'kir' });
    expect(speakers).toEqual([{ name: 'John Kirby', value: 'John Kirby' }]);
    const quotes = command?.autocomplete?.(context, { name: 'quote', value: '' }) ?? [];
    expect(quotes.length).toBe(25);
    expect(quotes.every((c) => c.name.length <= 100 && c.value.length <= 100)).toBe(true);
  });
});

describe('an unseen sixth article', () => {
  it('gets its quotations attributed with no code change', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'storydesk-'));
    await cp('seeds', dir, { recursive: true });
    const article = fileURLToPath(new URL('../fixtures/articles/quotes-spy-agency.txt', import.meta.url));
    await copyFile(article, join(dir, '005_spy.txt'));
    const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as { articles: object[] };
    manifest.articles.push({ id: '005', file: '005_spy.txt', published: '2024-11-14' });
    await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest));
    const { story } = await loadContext(dir);
    const said = (quote: string) =>
      whoSaid(story, { quote })
        .matches.filter((m) => m.articleId === '005')
        .map(brief);
    expect(said('confirmed several shipments by sea and by rail')).toEqual([['Park Min-soo', '005¶2', []]]);
    expect(said('shipments had grown steadily since the summer')).toEqual([['Park Min-soo', '005¶2', []]]);
    expect(said('fabrication cooked up by puppet agents')).toEqual([['the state news agency', '005¶3', []]]);
    expect(said('numbers are small but the signal')).toEqual([['Helen Cho', '005¶4', []]]);
    expect(whoSaid(story, { speaker: 'Park Min-soo' }).matches[0]?.speaker?.role).toBe(
      'National Intelligence Service director',
    );
  });
});
