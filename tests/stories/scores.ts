import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadContext } from '../../src/app.ts';
import { compare } from '../../src/compare/compare.ts';
import { whoSaid } from '../../src/quotes/who-said.ts';
import type { Story } from '../../src/retrieval/story.ts';
import { type TimelineEvent, timeline } from '../../src/timeline/timeline.ts';

// Scores of the commands against answers written blind (by people who never read the code), for
// a story used as the corpus or for follow-up articles added to a copy of seeds/.

export interface ExpectedQuote {
  readonly quote: string;
  readonly articleId: string;
  readonly speaker: string;
}
export interface ExpectedEvent {
  readonly articleId: string;
  readonly contains: string;
  readonly date: string;
}
export interface ExpectedEvents {
  readonly events: readonly ExpectedEvent[];
  readonly order: readonly number[];
}
export interface PlantedSide {
  readonly articleId: string;
  readonly contains: string;
  readonly value: string;
}
export interface Planted {
  readonly kind: string;
  readonly about: string;
  readonly sides: readonly PlantedSide[];
}

export const fixture = (path: string) => new URL(`../fixtures/${path}`, import.meta.url).pathname;
export const readJson = async <T>(path: string): Promise<T> =>
  JSON.parse(await readFile(fixture(path), 'utf8')) as T;

export async function storyOf(dir: string): Promise<Story> {
  return (await loadContext(fixture(dir))).story;
}

/** seeds/ with the articles of a fixture folder added, as a user adds them (files and manifest lines). */
export async function seedsWith(dir: string): Promise<Story> {
  const copy = await mkdtemp(join(tmpdir(), 'storydesk-'));
  await cp('seeds', copy, { recursive: true });
  const added = await readJson<{ articles: { file: string }[] }>(`${dir}/manifest.json`);
  for (const a of added.articles) await cp(fixture(`${dir}/${a.file}`), join(copy, a.file));
  const path = join(copy, 'manifest.json');
  const manifest = JSON.parse(await readFile(path, 'utf8')) as { articles: object[] };
  manifest.articles.push(...added.articles);
  await writeFile(path, JSON.stringify(manifest));
  return (await loadContext(copy)).story;
}

/** The expected quotes /who-said credits to the expected speaker (asked by their words). */
export function quotesRight(story: Story, expected: readonly ExpectedQuote[]): string[] {
  return expected.flatMap((e) => {
    const top = whoSaid(story, { quote: e.quote }).matches.find((m) => m.articleId === e.articleId);
    const names = top?.speaker ? [top.speaker.name, ...top.speaker.aliases] : [];
    return names.some((n) => n.includes(e.speaker)) ? [e.quote] : [];
  });
}

const flat = (s: string) => s.replace(/[’']/gu, "'").replace(/\s+/gu, ' ');

/** The timeline event that holds an expected event's words in its article. */
export function eventOf(events: readonly TimelineEvent[], e: ExpectedEvent): TimelineEvent | undefined {
  return events.find((event) =>
    (event.dates.length > 0 ? event.dates : [event]).some((d) =>
      d.sources.some(
        (s, i) =>
          s.articleId === e.articleId &&
          flat(('texts' in d ? (d.texts as string[])[i] : event.text) ?? '').includes(flat(e.contains)),
      ),
    ),
  );
}

/** Expected events dated to the right month, and whether every pair of them is in the right order. */
export function eventsRight(story: Story, expected: ExpectedEvents): { right: number[]; ordered: boolean } {
  const events = timeline(story);
  const found = expected.events.map((e) => eventOf(events, e));
  const right = expected.events.flatMap((e, i) =>
    found[i]?.date.slice(0, 7) === e.date.slice(0, 7) ? [i] : [],
  );
  const keys = expected.order.map((i) => found[i]?.sortKey ?? Number.NaN);
  const ordered = keys.every((k, i) => i === 0 || (keys[i - 1] ?? 0) <= k);
  return { right, ordered };
}

/** Planted disagreements /compare finds: one discrepancy with two of their sides that differ. */
export function disagreementsFound(story: Story, planted: readonly Planted[]): string[] {
  const found = compare(story).discrepancies;
  const passage = (s: PlantedSide) =>
    story.corpus.articles
      .find((a) => a.meta.id === s.articleId)
      ?.paragraphs.find((p) => flat(p.text).includes(flat(s.contains)))?.number;
  return planted.flatMap((p) => {
    const hit = found.some((d) =>
      p.sides.some((x) =>
        p.sides.some(
          (y) =>
            x.value !== y.value &&
            [x, y].every((s) =>
              d.sides.some((ds) => ds.articleId === s.articleId && ds.paragraph === passage(s)),
            ),
        ),
      ),
    );
    return hit ? [p.about] : [];
  });
}
