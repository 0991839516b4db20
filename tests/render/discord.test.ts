import { describe, expect, it } from 'vitest';
import type { Reply } from '../../src/commands/reply.ts';
import type { Citation } from '../../src/corpus/types.ts';
import type { MessageFrame } from '../../src/render/buttons.ts';
import { renderDiscord } from '../../src/render/discord.ts';
import { invocationKey, readInvocation } from '../../src/render/invocation.ts';
import { LIMITS } from '../../src/render/limits.ts';

const cite = (articleId: string, paragraph: number): Citation => ({
  articleId,
  paragraph,
  title: 'A title',
  published: '2022-09-22',
});

function reply(items: number, sentence: string, sentenceCount = 1, extra: Partial<Reply> = {}): Reply {
  return {
    title: 'From the articles',
    echo: 'What about @everyone and <@&123456789012345678>?',
    items: Array.from({ length: items }, (_, i) => ({
      body: { text: sentence.repeat(sentenceCount), marks: [[0, 5]] as const },
      citations: [cite(`00${i % 5}`, i + 1), cite('003', 4)],
    })),
    paging: { offset: 0, pageSize: items, total: items + 4 },
    data: {},
    ...extra,
  };
}

const embedSize = (e: {
  title?: string;
  description?: string;
  footer?: { text: string };
  fields?: { name: string; value: string }[];
}) =>
  (e.title?.length ?? 0) +
  (e.description?.length ?? 0) +
  (e.footer?.text.length ?? 0) +
  (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);

describe('renderDiscord', () => {
  it('parses no mentions and escapes the echoed question', () => {
    const message = renderDiscord(reply(3, 'Short sentence. '));
    expect(message.allowedMentions).toEqual({ parse: [] });
    expect(message.embeds[0]?.description).toContain('@\u200beveryone');
    expect(message.embeds[0]?.description).not.toContain('<@&');
  });

  it('numbers items, bolds the marked words and cites with every source', () => {
    const description = renderDiscord(reply(2, 'Short sentence. ')).embeds[0]?.description ?? '';
    expect(description).toContain('**[1]** **Short** sentence.');
    expect(description).toContain('000 para. 1 · A title · 2022-09-22 (also in 003 para. 4)');
  });

  it('stays within every limit for huge replies, cutting the passage at a sentence, never its citation', () => {
    const embed = renderDiscord(reply(10, 'This is a rather long sentence about the story. ', 100)).embeds[0];
    expect(embed).toBeDefined();
    if (!embed) return;
    expect(embed.description?.length ?? 0).toBeLessThanOrEqual(LIMITS.embedDescription);
    expect(embedSize(embed)).toBeLessThanOrEqual(LIMITS.embedsTotal);
    expect(embed.description).toMatch(
      /story\. …\n-# 000 para\. 1 · A title · 2022-09-22 \(also in 003 para\. 4\)$/u,
    );
  });

  it('keeps many headed items within the field limits', () => {
    const many: Reply = {
      title: 'x'.repeat(400),
      items: Array.from({ length: 40 }, (_, i) => ({
        heading: `Heading ${i} ${'h'.repeat(300)}`,
        body: { text: 'Body sentence. '.repeat(100), marks: [] },
        citations: [],
      })),
      data: {},
    };
    const embed = renderDiscord(many).embeds[0];
    expect(embed?.title?.length).toBeLessThanOrEqual(LIMITS.embedTitle);
    expect(embed?.fields?.length ?? 0).toBeLessThanOrEqual(LIMITS.embedFields);
    for (const field of embed?.fields ?? []) {
      expect(field.name.length).toBeLessThanOrEqual(LIMITS.fieldName);
      expect(field.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
    }
    expect(embed && embedSize(embed)).toBeLessThanOrEqual(LIMITS.embedsTotal);
  });

  const asked = { command: 'ask', options: { question: 'What about: it?' } };
  const key = invocationKey(asked);
  const labelsAndIds = (r: Reply, frame: MessageFrame) =>
    renderDiscord(r, frame).components.map((row) => row.components.map((b) => [b.label, b.custom_id]));

  it.each([
    ['a page', reply(1, 'S. '), {}],
    ['an answer that can be rated', { ...reply(1, 'S. '), paging: undefined }, { feedback: 'ask' }],
  ])('writes the question as asked at the top of %s, in place of the echo', (_, r, extra) => {
    const { paging, ...rest } = r;
    const shown = paging ? { ...rest, paging } : rest;
    const description = renderDiscord(shown, { invocation: asked, ...extra }).embeds[0]?.description ?? '';
    expect(description.split('\n')[0]).toBe('> /ask question:What about\\: it?');
    expect(description).not.toContain('everyone');
  });

  it('writes no question where no button reads it back: a notice keeps its echo', () => {
    const notice: Reply = {
      title: 't',
      echo: 'What about it?',
      items: [],
      empty: 'Type a question.',
      data: {},
    };
    const description = renderDiscord(notice, { invocation: asked, feedback: 'ask' }).embeds[0]?.description;
    expect(description).toBe('> What about it?\n\nType a question.');
  });

  it.each([
    ['first page', 0, 3, 7, [['More results', `pg|ask|3|${key}|42`]]],
    [
      'middle page',
      3,
      3,
      7,
      [
        ['Previous', `pg|ask|0|${key}|42`],
        ['More results', `pg|ask|6|${key}|42`],
      ],
    ],
    ['last page', 6, 1, 7, [['Previous', `pg|ask|3|${key}|42`]]],
    ['a page past the end', 9, 0, 7, [['Last page', `pg|ask|6|${key}|42`]]],
    ['past the end of one page', 5, 0, 3, [['Last page', `pg|ask|0|${key}|42`]]],
    ['the only page', 0, 2, 2, []],
  ])(
    '%s: page buttons carry the offset, the key of the question and its asker',
    (_, offset, shown, total, row) => {
      const r = { ...reply(shown, 'S. '), paging: { offset, pageSize: 3, total } };
      expect(labelsAndIds(r, { invocation: asked, owner: '42' })).toEqual(row.length > 0 ? [row] : []);
    },
  );

  it('makes no page buttons without the question or its asker', () => {
    expect(renderDiscord(reply(3, 'S. '), { owner: '42' }).components).toEqual([]);
    expect(renderDiscord(reply(3, 'S. '), { invocation: asked }).components).toEqual([]);
  });

  it('offers 👍 and 👎 in a row of their own, each with the first citation of every item', () => {
    const r = { ...reply(3, 'S. '), paging: { offset: 0, pageSize: 3, total: 3 } };
    expect(labelsAndIds(r, { invocation: asked, owner: '42', feedback: 'ask' })).toEqual([
      [
        ['👍', 'fb|up|ask|000.1,001.2,002.3'],
        ['👎', 'fb|down|ask|000.1,001.2,002.3'],
      ],
    ]);
  });

  it('shows nothing found only to the asker, with neither share nor feedback buttons', () => {
    const nothing: Reply = { title: 't', items: [], empty: 'Nothing.', shareable: true, data: {} };
    const message = renderDiscord(nothing, { feedback: 'ask' });
    expect([message.ephemeral, message.components]).toEqual([true, []]);
    expect(renderDiscord({ ...nothing, ephemeral: true }, { feedback: 'ask' }).components).toEqual([]);
  });

  it.each([
    ['private and shareable', { ephemeral: true, shareable: true }, [[['Share in channel', 'share']]]],
    ['public', { ephemeral: false, shareable: true }, []],
    ['private, not shareable (help)', { ephemeral: true }, []],
  ])('"Share in channel" under a reply that is %s', (_, extra, rows) => {
    const { paging: _paging, ...unpaged } = reply(1, 'S. ');
    expect(labelsAndIds({ ...unpaged, ...extra }, {})).toEqual(rows);
    expect(renderDiscord({ ...reply(1, 'S. '), ...extra }).ephemeral).toBe(extra.ephemeral);
  });

  it('puts "Share in channel" beside the page buttons', () => {
    const r = { ...reply(3, 'S. '), ephemeral: true, shareable: true };
    expect(labelsAndIds(r, { invocation: asked, owner: '42' })).toEqual([
      [
        ['More results', `pg|ask|3|${key}|42`],
        ['Share in channel', 'share'],
      ],
    ]);
  });

  it('keeps a long question whole however many fields crowd it', () => {
    const long = { command: 'who-said', options: { quote: '*'.repeat(200), speaker: '@'.repeat(200) } };
    const crowded: Reply = {
      paging: { offset: 0, pageSize: 25, total: 30 },
      title: 't'.repeat(256),
      items: Array.from({ length: 25 }, () => ({
        heading: 'h'.repeat(256),
        body: { text: 'Body. '.repeat(200), marks: [] },
        citations: [],
      })),
      data: {},
    };
    const embed = renderDiscord(crowded, { invocation: long }).embeds[0];
    expect(readInvocation(embed?.description, 'who-said')).toEqual(long);
    expect(embed && embedSize(embed)).toBeLessThanOrEqual(LIMITS.embedsTotal);
  });
});
