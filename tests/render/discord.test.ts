import { describe, expect, it } from 'vitest';
import type { Reply } from '../../src/commands/reply.ts';
import type { Citation } from '../../src/corpus/types.ts';
import { renderDiscord } from '../../src/render/discord.ts';
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
    paging: { command: 'ask', query: 'What about it?', offset: 0, pageSize: items, total: items + 4 },
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

  it('offers "More results" carrying the question and next offset', () => {
    const [row] = renderDiscord(reply(3, 'Short sentence. ')).components;
    expect(row?.components.map((b) => b.custom_id)).toEqual(['page|ask|3|What about it?']);
  });

  it('marks notices ephemeral', () => {
    expect(renderDiscord({ title: 't', items: [], empty: 'x', ephemeral: true, data: {} }).ephemeral).toBe(
      true,
    );
  });

  it('offers "Share in channel" under a shareable ephemeral reply only', () => {
    const base = { title: 't', items: [], empty: 'x', shareable: true, data: {} };
    const [row] = renderDiscord({ ...base, ephemeral: true }).components;
    expect(row?.components.map((b) => [b.label, b.custom_id])).toEqual([['Share in channel', 'share']]);
    expect(renderDiscord({ ...base, ephemeral: false }).components).toEqual([]);
  });
});
