import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../src/corpus/article.ts';
import { splitLongLines } from '../../src/corpus/long-lines.ts';

// Nine sentences of about 75 characters: 680 characters on one line.
const SENTENCES = Array.from(
  { length: 9 },
  (_, i) => `Sentence number ${i + 1} of the story says what the officials told the reporters.`,
);
const ONE_LINE = SENTENCES.join(' ');
const group = (from: number, to: number) => SENTENCES.slice(from, to).join(' ');

describe('splitLongLines', () => {
  it('splits a long line into paragraphs of three sentences when the file has no blank line', () => {
    expect(ONE_LINE.length).toBeGreaterThan(600);
    expect(splitLongLines(ONE_LINE)).toBe(`\n${group(0, 3)}\n\n${group(3, 6)}\n\n${group(6, 9)}\n`);
  });

  it('keeps a title line and hard-wrapped lines as they were', () => {
    expect(splitLongLines(`A title\n${ONE_LINE}\nshort wrapped line`)).toBe(
      `A title\n\n${group(0, 3)}\n\n${group(3, 6)}\n\n${group(6, 9)}\n\nshort wrapped line`,
    );
  });

  it.each([
    ['a file with blank lines', `Title\n\n${ONE_LINE}`],
    ['short lines only', 'Title\nThe first line of text.\nThe second line of text.'],
    ['a line of 600 characters', 'x'.repeat(600)],
  ])('leaves %s unchanged', (_, text) => {
    expect(splitLongLines(text)).toBe(text);
  });

  it('cuts before a sentence that would take a paragraph past 500 characters', () => {
    const long = `${'Word '.repeat(95).trim()}.`;
    const text = `${SENTENCES[0]} ${long} ${SENTENCES[1]}`;
    expect(splitLongLines(text)).toBe(`\n${SENTENCES[0]}\n\n${long}\n\n${SENTENCES[1]}\n`);
  });

  it('an article on one line loads as paragraphs numbered from 1', () => {
    const article = buildArticle({ id: 'x', file: 'x.txt', published: '2022-09-22' }, ONE_LINE);
    expect(article.paragraphs.map((p) => [p.number, p.text])).toEqual([
      [1, group(0, 3)],
      [2, group(3, 6)],
      [3, group(6, 9)],
    ]);
  });
});
