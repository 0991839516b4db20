import { describe, expect, it } from 'vitest';
import type { Reply } from '../../src/commands/reply.ts';
import type { Citation } from '../../src/corpus/types.ts';
import { ansi, renderTerminal } from '../../src/render/terminal.ts';

const cite = (articleId: string, paragraph: number, extra: Partial<Citation> = {}): Citation => ({
  articleId,
  paragraph,
  title: 'A title',
  published: '2022-09-22',
  ...extra,
});

const base: Reply = {
  title: 'From the articles',
  echo: 'Who \u001b[31msaid it?',
  items: [
    {
      body: { text: 'Kirby said it. Then more.', marks: [[0, 5]] },
      citations: [cite('002', 5), cite('003', 4)],
    },
    {
      heading: 'John \u0007Kirby',
      body: { text: 'Line one\nline two', marks: [] },
      citations: [cite('004', 0, { outlet: 'Wire' })],
    },
  ],
  paging: { offset: 3, pageSize: 2, total: 9 },
  note: 'A note\u001b[2J',
  data: {},
};

describe('renderTerminal', () => {
  it('numbers items from the offset, cites every source and says how many more there are', () => {
    expect(renderTerminal(base)).toBe(
      [
        'From the articles',
        '> Who [31msaid it?',
        '',
        '[4] Kirby said it. Then more.',
        '    — 002 para. 5 · A title · 2022-09-22',
        '      also in 003 para. 4 · A title · 2022-09-22',
        '',
        '[5] John Kirby',
        '    Line one',
        '    line two',
        '    — 004 · A title · Wire · 2022-09-22',
        '',
        '4 more result(s): ask again with --offset 5',
        'A note[2J',
        '',
      ].join('\n'),
    );
  });

  it('bolds the marked words and dims the citations with ANSI when asked', () => {
    const { note: _, ...withoutNote } = base;
    const out = renderTerminal({ ...withoutNote, items: base.items.slice(0, 1) }, ansi);
    expect(out.split('\n').slice(0, 5)).toEqual([
      '\u001b[1mFrom the articles\u001b[22m',
      '> Who [31msaid it?',
      '',
      '[4] \u001b[1mKirby\u001b[22m said it. Then more.',
      '\u001b[2m    — 002 para. 5 · A title · 2022-09-22\u001b[22m',
    ]);
  });

  it('says the empty text when there are no items, and no paging line on the last page', () => {
    const empty: Reply = {
      title: 'T',
      items: [],
      empty: 'Nothing\u0000 here.',
      paging: { offset: 0, pageSize: 2, total: 0 },
      data: {},
    };
    expect(renderTerminal(empty)).toBe('T\n\nNothing here.\n');
  });

  it('names a group once, above its items, indented under it', () => {
    const item = (group: string, text: string, articleId: string) => ({
      group,
      body: { text, marks: [] },
      citations: [cite(articleId, 3, { outlet: 'Wire', url: 'https://news.example/a' })],
    });
    const grouped: Reply = {
      title: 'Who said it',
      items: [
        item('John Kirby (spokesperson)', '“one”', '000'),
        item('John Kirby (spokesperson)', 'Paraphrased: two', '001'),
        item('an official', '“three”', '002'),
      ],
      data: {},
    };
    expect(renderTerminal(grouped)).toBe(
      [
        'Who said it',
        '',
        'John Kirby (spokesperson)',
        '  [1] “one”',
        '      — 000 para. 3 · A title · Wire · 2022-09-22 · https://news.example/a',
        '',
        '  [2] Paraphrased: two',
        '      — 001 para. 3 · A title · Wire · 2022-09-22 · https://news.example/a',
        '',
        'an official',
        '  [3] “three”',
        '      — 002 para. 3 · A title · Wire · 2022-09-22 · https://news.example/a',
        '',
      ].join('\n'),
    );
  });

  it.each([
    ['the CLI', undefined, '4 more result(s): ask again with --offset 5'],
    ['the chat prompt', () => 'Type /more for the next page.', 'Type /more for the next page.'],
  ])('asks for the next page the way %s does', (_, more, expected) => {
    expect(renderTerminal(base, undefined, more).split('\n').at(-3)).toBe(expected);
  });
});
