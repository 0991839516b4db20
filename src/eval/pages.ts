import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { cleanPage } from '../corpus/article.ts';

// How well the cleaner reads whole pages it has never seen: made-up pages saved as text, each
// with its headline and its story's paragraphs written down by whoever made it
// (tests/fixtures/pages-blind*). A paragraph counts as found when a cleaned paragraph holds it (a
// subheading may head it); a cleaned paragraph counts as the story's when it holds one.

/** The batches of made-up pages, in the order they were written (`npm run eval` prints each). */
export const PAGE_SETS: readonly string[] = [
  'tests/fixtures/pages-blind',
  'tests/fixtures/pages-blind2',
  'tests/fixtures/pages-blind3',
  'tests/fixtures/pages-blind4',
  'tests/fixtures/pages-blind5',
  'tests/fixtures/pages-blind6',
  'tests/fixtures/pages-blind7',
  'tests/fixtures/pages-blind8',
];

const expectedSchema = z.object({
  pages: z.array(z.object({ file: z.string(), title: z.string(), paragraphs: z.array(z.string().min(1)) })),
});

export interface PageScore {
  readonly file: string;
  readonly title: boolean;
  /** The story's paragraphs, and how many of them the cleaner kept. */
  readonly expected: number;
  readonly found: number;
  /** The paragraphs the cleaner kept, and how many of them are the story's. */
  readonly kept: number;
  readonly story: number;
}

export interface PagesReport {
  readonly pages: readonly PageScore[];
  readonly titles: number;
  readonly recall: number;
  readonly precision: number;
}

const same = (text: string) => text.replace(/\s+/gu, ' ').trim();

export function scorePage(
  file: string,
  raw: string,
  title: string,
  paragraphs: readonly string[],
): PageScore {
  const cleaned = cleanPage(raw);
  const got = cleaned.paragraphs.map(same);
  const want = paragraphs.map(same);
  return {
    file,
    title: same(cleaned.title) === same(title),
    expected: want.length,
    found: want.filter((w) => got.some((g) => g.includes(w))).length,
    kept: got.length,
    story: got.filter((g) => want.some((w) => g.includes(w))).length,
  };
}

export async function scorePages(dir: string): Promise<PagesReport> {
  const { pages } = expectedSchema.parse(JSON.parse(await readFile(join(dir, 'expected.json'), 'utf8')));
  const scores = await Promise.all(
    pages.map(async (p) =>
      scorePage(p.file, await readFile(join(dir, p.file), 'utf8'), p.title, p.paragraphs),
    ),
  );
  const sum = (f: (s: PageScore) => number) => scores.reduce((n, s) => n + f(s), 0);
  const share = (part: number, whole: number) => part / Math.max(1, whole);
  return {
    pages: scores,
    titles: sum((s) => (s.title ? 1 : 0)),
    recall: share(
      sum((s) => s.found),
      sum((s) => s.expected),
    ),
    precision: share(
      sum((s) => s.story),
      sum((s) => s.kept),
    ),
  };
}
