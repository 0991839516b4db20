import { beforeAll, describe, expect, it } from 'vitest';
import { loadContext } from '../../src/app.ts';
import { offsetPastEnd } from '../../src/commands/offset.ts';
import { runAutocomplete, runCommand } from '../../src/commands/run.ts';
import type { CommandContext } from '../../src/commands/types.ts';

let context: CommandContext;
beforeAll(async () => {
  context = await loadContext('seeds');
});

const results = (question: string) =>
  (runCommand(context, 'ask', { question }).data as { results: { articleId: string; paragraph: number }[] })
    .results;

describe('what users type is read in the articles’ normal form', () => {
  it.each([
    ['a zero-width space inside a word', 'Who is John Kir\u200bby?'],
    ['a soft hyphen and a word joiner', 'Who is John Kir\u00adby\u2060?'],
    ['full-width letters', 'Who is Ｊｏｈｎ Ｋｉｒｂｙ?'],
  ])('%s matches like the plain question', (_, question) => {
    const plain = results('Who is John Kirby?');
    expect(plain.length).toBeGreaterThan(0);
    expect(results(question)).toEqual(plain);
  });

  it('a question of invisible characters only is no question', () => {
    expect(runCommand(context, 'ask', { question: '\u200b\u200d\ufeff' }).empty).toMatch(
      /^Write a question in your own words, up to 300 characters\./u,
    );
  });

  it('autocomplete reads the typed text the same way', () => {
    expect(runAutocomplete(context, 'who-said', { name: 'speaker', value: 'ｋｉｒ\u200b' })).toEqual([
      { name: 'John Kirby', value: 'John Kirby' },
    ]);
  });
});

describe('inputs that cannot mean anything say so, in one sentence', () => {
  const said = (name: string, raw: Record<string, unknown>) => {
    const reply = runCommand(context, name, raw);
    return [reply.title, reply.empty, reply.ephemeral, reply.data];
  };

  it('/timeline with from after to', () => {
    const text =
      'The start date 2022-11-30 is after the end date 2022-09-01, so no event can fall between them; swap from and to.';
    expect(said('timeline', { from: '2022-11-30', to: '2022-09-01' })).toEqual([
      '/timeline: check the dates',
      text,
      true,
      { error: text },
    ]);
  });

  it.each([
    ['2022-09', '2022-09-15'],
    ['2022', '2022-01'],
    ['2022-09-21', '2022-09-21'],
  ])('/timeline from %s to %s is a real range', (from, to) => {
    expect(runCommand(context, 'timeline', { from, to }).title).toBe('Timeline of the story');
  });

  it.each([
    ['ask', { question: 'Who is John Kirby?', offset: 50 }],
    ['who-said', { speaker: 'Kirby', offset: 50 }],
    ['timeline', { offset: 500 }],
    ['compare', { offset: 500 }],
  ])('/%s with an offset past the end', (name, raw) => {
    const reply = runCommand(context, name, raw);
    expect(reply.title).toBe(`/${name}: nothing at that offset`);
    expect(reply.empty).toMatch(
      /^There are (\d+) results, so offset \d+ is past the end; use an offset from 0 to \d+\.$/u,
    );
    const [, total = '', last = ''] = /There are (\d+) .* to (\d+)\./u.exec(reply.empty ?? '') ?? [];
    expect(Number(last)).toBe(Number(total) - 1);
  });

  it.each([
    [0, 0, undefined],
    [5, 0, undefined],
    [2, 3, undefined],
    [3, 3, 'There are 3 results, so offset 3 is past the end; use an offset from 0 to 2.'],
    [1, 1, 'There is 1 result, so offset 1 is past the end; use an offset from 0 to 0.'],
  ])('offset %i of %i results: %j', (offset, total, expected) => {
    const past = offsetPastEnd('ask', offset, total, 3);
    expect(past?.empty).toBe(expected);
    // It keeps its place, so that Discord can offer the last page.
    expect(past?.paging).toEqual(expected ? { offset, pageSize: 3, total } : undefined);
  });

  it('the last result is still within the end', () => {
    const total = (runCommand(context, 'ask', { question: 'Who is John Kirby?' }).paging?.total ?? 0) - 1;
    expect(runCommand(context, 'ask', { question: 'Who is John Kirby?', offset: total }).items).toHaveLength(
      1,
    );
  });

  it('an offset past no results at all is the plain "nothing found"', () => {
    expect(runCommand(context, 'ask', { question: 'jollof rice recipe', offset: 5 }).empty).toMatch(
      /^Nothing in the articles answers that/u,
    );
  });

  it.each([
    ['', 'That message has no text to check.'],
    ['\u200b \n ', 'That message has no text to check.'],
    ['👍🎉 !!!', 'That message has no words to check, only symbols.'],
    ['who wants pizza tonight?', 'Nothing in the articles about this.'],
  ])('checking the message %j', (text, expected) => {
    const reply = runCommand(context, 'check', { text });
    expect([reply.items.length, reply.empty]).toEqual([0, expected]);
  });
});
