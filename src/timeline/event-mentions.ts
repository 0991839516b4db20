import type { SourceRef } from '../corpus/types.ts';
import { terms } from '../language/text.ts';
import { overlapShare } from '../retrieval/near-duplicates.ts';
import type { Story } from '../retrieval/story.ts';
import { findTimes, sortKey, type TimeRef } from './dates.ts';

/** One dated mention: a sentence that carries a time expression, resolved for its article. */
export interface Mention {
  readonly time: TimeRef;
  readonly text: string;
  readonly source: SourceRef;
  readonly terms: ReadonlySet<string>;
}

// Two mentions report the same event when their words overlap this much and their dates are close.
const SAME_EVENT = 0.4;
// Reports dated the same day or one day apart need less in common: translations reword freely, and
// sources disagree by a day (Monday in one, Tuesday in another).
const SAME_DAY_EVENT = 0.3;
export const CLOSE_DAYS = 8;
const DAY = 86_400_000;
// An aside set off by dashes, brackets or a semicolon is its own clause with its own time.
const CLAUSE_BREAK = /\s[–—]\s|;\s|\s\(|\)\s/gu;

/** The clause of `sentence` around position `at`: the sentence itself unless an aside holds it. */
export function clauseAt(sentence: string, at: number): string {
  let start = 0;
  let end = sentence.length;
  for (const match of sentence.matchAll(CLAUSE_BREAK)) {
    if (match.index < at) start = match.index + match[0].length;
    else if (match.index >= at && end === sentence.length) end = match.index;
  }
  const clause = sentence.slice(start, end).trim();
  // A clause too short to say anything on its own is shown with its sentence.
  return clause.split(/\s+/u).length >= 5 ? clause : sentence;
}

// Times that point back to the last one the article named: "he stressed at the time", "X later said".
const ANAPHORIC = /\b(?:at the time|at that time|later|afterwards)\b/iu;

/** The time an anaphoric expression points back to: the same period, or for "later" its month. */
function pointBack(previous: TimeRef, words: string, index: number): TimeRef {
  const same = /time/iu.test(words);
  if (same || previous.precision === 'month' || previous.precision === 'year') {
    return { ...previous, part: same ? previous.part : undefined, text: words, index };
  }
  return { start: `${previous.start.slice(0, 8)}01`, precision: 'month', text: words, index };
}

export function mentionsOf(story: Story): Mention[] {
  return story.corpus.articles.flatMap((article) => {
    let previous: TimeRef | undefined;
    return article.paragraphs.flatMap((paragraph) =>
      paragraph.sentences.flatMap((sentence) => {
        let times = findTimes(sentence.text, article.meta.published);
        const anaphor = times.length === 0 ? ANAPHORIC.exec(sentence.text) : null;
        if (anaphor && previous) times = [pointBack(previous, anaphor[0], anaphor.index)];
        previous = times.at(-1) ?? previous;
        return times.map((time) => {
          const text = clauseAt(sentence.text, time.index);
          const source = { articleId: article.meta.id, paragraph: paragraph.number };
          return { time, text, source, terms: new Set(terms(text)) };
        });
      }),
    );
  });
}

/**
 * Groups the mentions of one event across articles. Pairs are joined closest dates first, so a
 * sentence with two times ("Tuesday's statement refuted claims made last week") pairs each time
 * with its own counterpart; a group never holds two mentions from one article.
 */
export function groupMentions(mentions: readonly Mention[]): Mention[][] {
  const pairs: { a: number; b: number; gap: number; overlap: number }[] = [];
  mentions.forEach((a, i) => {
    mentions.forEach((b, j) => {
      if (j <= i || a.source.articleId === b.source.articleId) return;
      const gap = Math.abs(sortKey(a.time) - sortKey(b.time));
      const overlap = overlapShare(a.terms, b.terms);
      const sameDay = gap <= DAY && a.time.precision === 'day' && b.time.precision === 'day';
      const needed = sameDay ? SAME_DAY_EVENT : SAME_EVENT;
      if (overlap >= needed && gap <= CLOSE_DAYS * DAY) pairs.push({ a: i, b: j, gap, overlap });
    });
  });
  pairs.sort((x, y) => x.gap - y.gap || y.overlap - x.overlap);
  const groupOf = mentions.map((_, i) => new Set([i]));
  for (const { a, b } of pairs) {
    const [ga, gb] = [groupOf[a], groupOf[b]];
    if (!ga || !gb || ga === gb) continue;
    const articles = new Set([...ga].map((i) => mentions[i]?.source.articleId));
    if ([...gb].some((i) => articles.has(mentions[i]?.source.articleId))) continue;
    for (const i of gb) {
      ga.add(i);
      groupOf[i] = ga;
    }
  }
  return [...new Set(groupOf)].map((g) => [...g].flatMap((i) => mentions[i] ?? []));
}
