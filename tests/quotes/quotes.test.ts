import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContext } from '../../src/app.ts';
import { buildArticle } from '../../src/corpus/article.ts';
import { attribute } from '../../src/quotes/attribution.ts';
import { markedSpans } from '../../src/quotes/quotes.ts';
import type { Speaker } from '../../src/quotes/speakers.ts';
import { type QuoteEntry, quoteBook } from '../../src/quotes/who-said.ts';
import type { Story } from '../../src/retrieval/story.ts';

interface Expected {
  articleId: string;
  paragraph: number;
  kind: string;
  words: string;
  speaker: string[];
}
const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const expected = (JSON.parse(read('../fixtures/quotes/expected.json')) as { quotations: Expected[] })
  .quotations;
const norm = (s: string) =>
  s.toLowerCase().replace(/[“”"]/gu, '"').replace(/[‘’']/gu, "'").replace(/\s+/gu, ' ');
const names = (s: Speaker | undefined) => norm(s ? [s.name, s.role ?? '', ...s.aliases].join(' | ') : '');
const same = (e: Expected, q: QuoteEntry) =>
  e.articleId === q.quote.articleId &&
  e.paragraph === q.quote.paragraph &&
  norm(q.quote.text).includes(norm(e.words));

let story: Story;
beforeAll(async () => {
  story = (await loadContext('seeds')).story;
});

describe('quotations of the five articles against the hand-written list', () => {
  it('extracts them with precision and recall of at least 0.9, and attributes at least 0.9 right', () => {
    const found = quoteBook(story).entries;
    const matched = expected.map((e) => found.find((q) => same(e, q)));
    const recall = matched.filter(Boolean).length / expected.length;
    const precision = found.filter((q) => expected.some((e) => same(e, q))).length / found.length;
    const right = matched.filter(
      (q, i) => q && expected[i]?.speaker.some((s) => names(q.speaker).includes(norm(s))),
    );
    const accuracy = right.length / matched.filter(Boolean).length;
    expect({ precision, recall, accuracy }).toEqual({
      precision: expect.toSatisfy((n: number) => n >= 0.9),
      recall: expect.toSatisfy((n: number) => n >= 0.9),
      accuracy: expect.toSatisfy((n: number) => n >= 0.9),
    });
  });

  it('reads quotes closed with two apostrophes and single quotes nested in double ones', () => {
    const texts = quoteBook(story).entries.map(
      (e) => `${e.quote.articleId}¶${e.quote.paragraph} ${e.quote.text}`,
    );
    expect(texts).toContain('003¶2 hostile forces');
    expect(texts).toContain(
      '002¶5 Recently, the United States has been constantly spreading a baseless ‘arms smuggling rumor’ between the DPRK and Russia',
    );
    expect(texts.some((t) => t.includes('Awakening Storm'))).toBe(false); // a quoted name, not speech
  });
});

describe('quote marks', () => {
  it('treats ’ before a letter as an apostrophe and ’’ as a closing mark', () => {
    const spans = markedSpans('He said “Russia’s ‘claims’ are false’’ and the US’s view was ‘absurd’.');
    expect(spans.map((s) => s.inner)).toEqual(['Russia’s ‘claims’ are false', 'absurd']);
  });
});

describe('attribution patterns in a made-up article', () => {
  const article = buildArticle(
    { id: 'por', file: 'quotes-port-strike.txt', published: '2024-03-04' },
    read('../fixtures/articles/quotes-port-strike.txt'),
  );
  const quotes = attribute(article);
  const speakerOf = (words: string) => {
    const q = quotes.find((x) => x.text.includes(words));
    return q && [q.articleId, q.paragraph, q.kind, q.mention];
  };

  it.each([
    ['X told reporters', 'We have waited two years', ['por', 2, 'direct', 'union secretary Maria Okafor']],
    [
      'a pronoun (She added that …)',
      'the strike would continue',
      ['por', 2, 'reported', 'union secretary Maria Okafor'],
    ],
    ['a colon after the speaker', 'The offer on the table', ['por', 3, 'direct', 'Lena Voss']],
    [
      'a split quote with "he said"',
      'queuing in the bay … and every day',
      ['por', 4, 'direct', 'Harbour chief Tomas Reyes'],
    ],
    ['according to X', 'no choice but to divert', ['por', 5, 'partial', 'Nordhav spokeswoman Ida Berg']],
    ['"Q," said X with nested single quotes', 'They called us ‘greedy’', ['por', 6, 'direct', 'Okafor']],
    ['no attribution at all', 'Nobody wins a long strike', ['por', 7, 'direct', undefined]],
  ])('%s', (_pattern, words, want) => {
    expect(speakerOf(words)).toEqual(want);
  });

  it('gives an unattributed quote no confidence rather than a guessed speaker', () => {
    expect(quotes.find((q) => q.text.startsWith('Nobody'))?.confidence).toBe(0);
  });
});
