import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Reply, ReplyItem } from '../../src/commands/reply.ts';
import type { Citation } from '../../src/corpus/types.ts';
import { renderChoices } from '../../src/render/choices.ts';
import { renderDiscord } from '../../src/render/discord.ts';
import { escapeDiscord } from '../../src/render/escape.ts';
import { canonicalText, invocationKey, readInvocation } from '../../src/render/invocation.ts';
import { parsePageCustomId } from '../../src/render/paging.ts';
import { renderTerminal } from '../../src/render/terminal.ts';
import { ATTACKS, hostileText } from './attacks.ts';
import { leaks, problemsOf } from './markup.ts';

// Article text and manifest fields are as hostile as users' words: every field of a reply model
// is generated from attack fragments and random Unicode.
const snippet = fc.tuple(hostileText(), fc.array(fc.nat(), { maxLength: 6 })).map(([text, cuts]) => {
  const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
  const marks: [number, number][] = [];
  for (let i = 0; i + 1 < points.length; i += 2) marks.push([points[i] ?? 0, points[i + 1] ?? 0]);
  return { text, marks };
});

const citation: fc.Arbitrary<Citation> = fc.record({
  articleId: fc.stringMatching(/^[A-Za-z0-9_-]{1,32}$/u),
  paragraph: fc.nat({ max: 400 }),
  title: hostileText(),
  published: fc.constant('2022-09-22'),
  outlet: fc.option(hostileText(), { nil: undefined }),
  url: fc.constantFrom(
    undefined,
    'https://news.example/a(1)',
    'https://news.example/<b>',
    'javascript:alert(1)',
    'https://user:pass@evil.example/',
  ),
});

const item: fc.Arbitrary<ReplyItem> = fc.record(
  {
    heading: hostileText(),
    body: snippet,
    citations: fc.array(citation, { maxLength: 4 }),
  },
  { requiredKeys: ['body', 'citations'] },
);

const reply: fc.Arbitrary<Reply> = fc.record(
  {
    title: hostileText(),
    echo: hostileText(),
    items: fc.array(item, { maxLength: 30 }),
    empty: hostileText(),
    note: hostileText(),
    ephemeral: fc.boolean(),
    shareable: fc.boolean(),
    paging: fc.record({
      offset: fc.nat({ max: 50 }),
      pageSize: fc.integer({ min: 1, max: 10 }),
      total: fc.nat({ max: 80 }),
    }),
    data: fc.constant({}),
  },
  { requiredKeys: ['title', 'items', 'data'] },
);

// The question written at the top of a paged answer is user text too: any option, any text.
const frame = fc.record(
  {
    invocation: fc.record({
      command: fc.constantFrom('ask', 'who-said', 'timeline'),
      options: fc
        .dictionary(fc.constantFrom('question', 'quote', 'speaker', 'from'), hostileText(), { maxKeys: 3 })
        .map((o) =>
          Object.fromEntries(Object.entries(o).map(([k, v]) => [k, canonicalText(v).slice(0, 300)])),
        ),
    }),
    owner: fc.constant('123456789012345678'),
    feedback: fc.constant('ask'),
  },
  { requiredKeys: ['invocation', 'owner'] },
);

describe('the Discord renderer under hostile text', () => {
  it('the checker sees the markup of every attack fragment, and none once escaped', () => {
    // Full-width forms are not markup to Discord; the question boundary folds them (NFKC) first.
    expect(ATTACKS.filter((a) => leaks(a).length === 0)).toEqual([
      '\\',
      '\\*',
      '\n',
      '\r\n',
      '\u2028',
      '\u200b',
      '\u202e',
      '\u0000',
      '＃ ',
      '［x］（ｈｔｔｐ：／／evil.example）',
      'ｈｔｔｐｓ：／／evil.example',
      '＠everyone',
      'North Korea',
      'Kirby',
      'missile tests',
      'literally millions',
      ' ',
    ]);
    expect(ATTACKS.filter((a) => leaks(escapeDiscord(a)).length > 0)).toEqual([]);
  });

  it('leaves no markup from the text in any field and keeps every limit', () => {
    fc.assert(
      fc.property(reply, (r) => {
        expect(problemsOf(renderDiscord(r), { marks: true })).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('writes any question whole and inert, reads it back exactly, and its buttons carry its key', () => {
    fc.assert(
      fc.property(reply, frame, (unpaged, f) => {
        // A paged reply: its buttons read the question back.
        const r = { ...unpaged, paging: unpaged.paging ?? { offset: 0, pageSize: 3, total: 9 } };
        const message = renderDiscord(r, f);
        expect(problemsOf(message, { marks: true })).toEqual([]);
        const read = readInvocation(message.embeds[0]?.description, f.invocation.command);
        expect(read).toEqual(f.invocation);
        const pages = message.components.flatMap((row) =>
          row.components.flatMap((b) => parsePageCustomId(b.custom_id) ?? []),
        );
        for (const page of pages) expect(page.key).toBe(invocationKey(f.invocation));
      }),
      { numRuns: 300 },
    );
  });

  it('adds no bold of its own where nothing is marked', () => {
    const unmarked = reply.map((r) => ({
      ...r,
      items: r.items.map((i) => ({ ...i, body: { ...i.body, marks: [] } })),
    }));
    fc.assert(
      fc.property(unmarked, (r) => {
        expect(problemsOf(renderDiscord(r))).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('keeps the bot’s own citation link, and only for plain web addresses', () => {
    const cite = (url: string): Citation => ({
      articleId: '002',
      paragraph: 5,
      title: 'T',
      published: '2022-11-08',
      url,
    });
    const value = (url: string) =>
      renderDiscord({
        title: 't',
        items: [{ heading: 'h', body: { text: 'b', marks: [] }, citations: [cite(url)] }],
        data: {},
      }).embeds[0]?.fields?.[0]?.value;
    expect(value('https://news.example/a(1) b')).toBe(
      'b\n-# 002 para. 5 · [T](<https://news.example/a%281%29%20b>) · 2022-11-08',
    );
    expect(value('javascript:alert(1)')).toBe('b\n-# 002 para. 5 · T · 2022-11-08');
    expect(value('https://user:pass@news.example/')).toBe('b\n-# 002 para. 5 · T · 2022-11-08');
  });

  it('autocomplete choices: escaped names of 1-100 characters, at most 25, values as typed', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(hostileText(), hostileText()), { maxLength: 40 }), (pairs) => {
        const choices = renderChoices(pairs.map(([name, value]) => ({ name, value })));
        expect(choices.length).toBeLessThanOrEqual(25);
        for (const c of choices) {
          expect(leaks(c.name)).toEqual([]);
          expect([c.name.length >= 1, c.name.length <= 100, c.value.length <= 100]).toEqual([
            true,
            true,
            true,
          ]);
        }
      }),
      { numRuns: 200 },
    );
    expect(renderChoices([{ name: '@everyone [x](http://e.example)', value: '@everyone' }])).toEqual([
      { name: '@\u200beveryone \\[x\\](http:\u200b//e.example)', value: '@everyone' },
    ]);
  });

  it('the terminal gets no control characters but line breaks', () => {
    fc.assert(
      fc.property(reply, (r) => {
        expect(renderTerminal(r)).not.toMatch(/[^\P{Cc}\n]|[\u202a-\u202e\u2066-\u2069]/u);
      }),
      { numRuns: 200 },
    );
  });
});
