import { beforeAll, describe, expect, it } from 'vitest';
import { loadContext } from '../../src/app.ts';
import { runCommand } from '../../src/commands/run.ts';
import type { CommandContext } from '../../src/commands/types.ts';
import { renderDiscord } from '../../src/render/discord.ts';
import { parsePageCustomId } from '../../src/render/paging.ts';
import { ASKER, base, body, buttons, clicker, footer, labels, OTHER, results } from './clicks.ts';

let context: CommandContext;
beforeAll(async () => {
  context = await loadContext('seeds');
});
const { answer, slash, click } = clicker(() => context);

const QUESTION_180 =
  'What did North Korea say about the claims made by the United States that it was secretly supplying ' +
  'artillery shells and rockets to Russia for the war in Ukraine, and who denied it?';
const QUESTION_300 = `${QUESTION_180} Please also say which outlets reported the denial, on what dates, and what John Kirby said about it.`;

describe('page buttons, from the question written in the message', () => {
  it('the asked questions are as long as this test means them to be', () => {
    expect([QUESTION_180.length, QUESTION_300.length <= 300]).toEqual([180, true]);
  });

  it.each([
    ['ask', { question: QUESTION_180 }, 3],
    ['ask', { question: QUESTION_300 }, 3],
    ['who-said', { speaker: 'Kirby' }, 5],
    ['timeline', { from: '2022-09-01' }, 10],
    ['timeline', { from: '2022-09-01', to: '2022-12' }, 10],
    ['compare', {}, 6],
    ['compare', { topic: 'Russia' }, 6],
  ])('/%s %j: "More results" is exactly that question at the next offset', (name, options, size) => {
    const first = slash(name, options);
    const total = Number(/ of (\d+)/u.exec(footer(first.data))?.[1]);
    expect(total).toBeGreaterThan(size);
    const next = click(first.data, 'More results');
    expect(next.type).toBe(7);
    const expected = renderDiscord(runCommand(context, name, { ...options, offset: size })).embeds[0];
    expect(next.data.embeds[0]?.fields).toEqual(expected?.fields);
    expect(body(next.data)).toBe((expected?.description ?? '').split('\n\n').slice(1).join('\n\n'));
    expect(footer(next.data)).toMatch(new RegExp(`^Results ${size + 1}–\\d+ of ${total}\\b`, 'u'));
    // Page 2 repeats nothing of page 1, and pages back to exactly page 1.
    expect(results(next.data).length).toBeGreaterThan(0);
    expect(results(next.data).filter((r) => results(first.data).includes(r))).toEqual([]);
    expect(click(next.data, 'Previous').data.embeds).toEqual(first.data.embeds);
  });

  it('another user’s click gets the page privately, with page buttons of their own', () => {
    const first = slash('ask', { question: QUESTION_180 });
    const theirs = click(first.data, 'More results', OTHER);
    expect([theirs.type, theirs.data.flags]).toEqual([4, 64]);
    expect(footer(theirs.data)).toMatch(/^Results 4–6 of /u);
    const pages = buttons(theirs.data).flatMap((b) => parsePageCustomId(b.custom_id) ?? []);
    expect(pages.map((p) => p.owner)).toEqual([OTHER, OTHER]);
    expect(labels(theirs.data)).toEqual([
      ['Previous', 'More results', 'Share in channel'],
      ['👍', '👎'],
    ]);
  });

  it('hide:true answers privately with "Share in channel"; its pages stay private and shareable', () => {
    const hidden = slash('timeline', { hide: true });
    expect(hidden.data.flags).toBe(64);
    expect(labels(hidden.data)).toEqual([['More results', 'Share in channel']]);
    const next = click(hidden.data, 'More results', ASKER, 64);
    expect(next.type).toBe(7);
    expect(labels(next.data)[0]).toContain('Share in channel');
    expect(slash('timeline', { hide: false }).data.flags).toBeUndefined();
  });

  it('a page past the end says so privately and offers the last page, which it then shows', () => {
    const first = slash('ask', { question: 'Who is John Kirby?' });
    const host = first.data;
    const far = (buttons(host)[0]?.custom_id ?? '').replace(/^pg\|ask\|3\|/u, 'pg|ask|999|');
    const past = answer({
      ...base(3, ASKER),
      data: { custom_id: far, component_type: 2 },
      message: { embeds: host.embeds, components: host.components },
    });
    expect([past.type, past.data.flags]).toEqual([4, 64]);
    expect(past.data.embeds[0]?.description).toMatch(/offset 999 is past the end/u);
    expect(labels(past.data)).toEqual([['Last page']]);
    const total = Number(/ of (\d+)/u.exec(footer(host))?.[1]);
    const last = click(past.data, 'Last page', ASKER, 64);
    expect(footer(last.data)).toMatch(
      new RegExp(`^Results ${Math.floor((total - 1) / 3) * 3 + 1}–${total} of ${total}$`, 'u'),
    );
  });

  it.each([
    ['a question edited in the message', (d: string) => d.replace('Kirby', 'Jong')],
    ['no question in the message', () => 'Something else'],
  ])('%s: a plain private sentence, no page', (_, edit) => {
    const first = slash('ask', { question: 'Who is John Kirby?' });
    const embeds = [{ ...first.data.embeds[0], description: edit(first.data.embeds[0]?.description ?? '') }];
    const page = click({ ...first.data, embeds }, 'More results');
    expect([page.type, page.data.flags]).toEqual([4, 64]);
    expect(page.data.embeds[0]?.description).toBe(
      'This button no longer matches the answer it is under. Run the command again.',
    );
  });
});
