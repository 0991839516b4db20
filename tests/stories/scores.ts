import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadContext } from '../../src/app.ts';
import { check } from '../../src/compare/check.ts';
import { compare } from '../../src/compare/compare.ts';
import { whoSaid } from '../../src/quotes/who-said.ts';
import type { Story } from '../../src/retrieval/story.ts';
import { boundPeriod } from '../../src/timeline/dates.ts';
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
  /** "year": only the year is meant, whatever month the date is written with ("2011-01-01"). */
  readonly precision?: string;
}
export interface ExpectedEvents {
  readonly events: readonly ExpectedEvent[];
  /** The events in date order; without it, the order their dates give (see eventsRight). */
  readonly order?: readonly number[];
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

/**
 * The timeline event that holds an expected event's words in its article. A sentence may date
 * two events ("pictures released on Friday show wagons crossing on 18 November"): the one dated
 * by words within the expected ones is it, else the first.
 */
export function eventOf(events: readonly TimelineEvent[], e: ExpectedEvent): TimelineEvent | undefined {
  const holding = events.filter((event) =>
    (event.dates.length > 0 ? event.dates : [event]).some((d) =>
      d.sources.some(
        (s, i) =>
          s.articleId === e.articleId &&
          flat(('texts' in d ? (d.texts as string[])[i] : event.text) ?? '').includes(flat(e.contains)),
      ),
    ),
  );
  const datedWithin = (event: TimelineEvent) =>
    event.sources.some(
      (s, i) =>
        s.articleId === e.articleId &&
        (event.when[i] ?? []).some((w) => flat(e.contains).toLowerCase().includes(flat(w).toLowerCase())),
    );
  return holding.find(datedWithin) ?? holding[0];
}

/**
 * Expected events dated to the right month, and whether every pair of them is in the right order.
 * Without a given order, the expected dates give it: of two events whose dates share no day, the
 * earlier comes first ("in March" and "on 5 March" may come either way; "2026-03" and "2026-04" not).
 */
export function eventsRight(story: Story, expected: ExpectedEvents): { right: number[]; ordered: boolean } {
  const events = timeline(story);
  const found = expected.events.map((e) => eventOf(events, e));
  const right = expected.events.flatMap((e, i) => {
    const width = e.precision === 'year' ? 4 : 7;
    return found[i]?.date.slice(0, width) === e.date.slice(0, width) ? [i] : [];
  });
  const key = (i: number) => found[i]?.sortKey ?? Number.NaN;
  if (expected.order) {
    const keys = expected.order.map(key);
    return { right, ordered: keys.every((k, i) => i === 0 || (keys[i - 1] ?? 0) <= k) };
  }
  // The days each expected date covers: "2026-03" all of March, "2026-03-05" one day.
  const spans = expected.events.map((e) =>
    boundPeriod(
      e.precision === 'year' ? e.date.slice(0, 4) : e.precision === 'month' ? e.date.slice(0, 7) : e.date,
    ),
  );
  const ordered = spans.every((a, i) => spans.every((b, j) => !(a[1] < b[0]) || key(i) < key(j)));
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

export interface Evidence {
  readonly articleId: string;
  readonly contains: string;
  readonly stance: string;
}
export interface ExpectedClaim {
  readonly claim: string;
  readonly stance: string;
  readonly evidence: readonly Evidence[];
}
export interface StanceScore {
  /** Evidence passages the check returns. */
  readonly returned: number;
  /** Evidence passages returned with the expected stance. */
  readonly right: number;
  readonly evidence: number;
  /** Sides (supports, contradicts) the articles carry for a claim, and those the check shows. */
  readonly sides: number;
  readonly sidesShown: number;
  /** What went wrong, one line per evidence or side missed. */
  readonly misses: readonly string[];
}

/**
 * How /check reads claims written blind: each evidence passage returned with its expected stance,
 * and for each side the articles carry, at least one passage of that side among its evidence.
 */
export function stancesRight(story: Story, claims: readonly ExpectedClaim[]): StanceScore {
  let [returned, right, evidence, sides, sidesShown] = [0, 0, 0, 0, 0];
  const misses: string[] = [];
  for (const c of claims) {
    const passages = check(story, c.claim).passages;
    const paragraphOf = (e: Evidence) =>
      story.corpus.articles
        .find((a) => a.meta.id === e.articleId)
        ?.paragraphs.find((p) => flat(p.text).includes(flat(e.contains)))?.number;
    const found = c.evidence.map((e) =>
      passages.find((p) => p.articleId === e.articleId && p.paragraph === paragraphOf(e)),
    );
    c.evidence.forEach((e, i) => {
      evidence++;
      const p = found[i];
      if (p) returned++;
      if (p?.stance === e.stance) right++;
      else
        misses.push(
          `${c.claim} | ${e.articleId} "${e.contains.slice(0, 40)}" ${e.stance} → ${p?.stance ?? 'not returned'}`,
        );
    });
    for (const side of ['supports', 'contradicts']) {
      if (!c.evidence.some((e) => e.stance === side)) continue;
      sides++;
      if (c.evidence.some((e, i) => e.stance === side && found[i]?.stance === side)) sidesShown++;
      else misses.push(`${c.claim} | no passage ${side}`);
    }
  }
  return { returned, right, evidence, sides, sidesShown, misses };
}
