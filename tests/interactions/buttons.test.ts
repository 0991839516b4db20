import type { APIEmbed } from 'discord-api-types/v10';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContext } from '../../src/app.ts';
import { runCommand } from '../../src/commands/run.ts';
import type { CommandContext } from '../../src/commands/types.ts';
import { answerInteraction } from '../../src/interactions/answer.ts';
import { Cooldown } from '../../src/interactions/cooldown.ts';
import { userHash } from '../../src/interactions/feedback-log.ts';
import type { RawInteraction } from '../../src/interactions/schema.ts';
import { renderDiscord } from '../../src/render/discord.ts';
import { parsePageCustomId } from '../../src/render/paging.ts';

let context: CommandContext;
beforeAll(async () => {
  context = await loadContext('seeds');
});

const ASKER = '100000000000000001';
const OTHER = '100000000000000002';
interface Button {
  readonly label?: string;
  readonly custom_id: string;
}
/** A message body the bot sent, as far as these tests read it. */
interface Sent {
  readonly embeds: APIEmbed[];
  readonly components?: { readonly components: Button[] }[];
  readonly flags?: number;
}
interface Posted {
  readonly type: number;
  readonly data: Sent;
}

// A fresh cooldown for every interaction: these tests click far faster than anyone could.
const answer = (i: object): Posted => {
  const { response } = answerInteraction(i as RawInteraction, { context, cooldown: new Cooldown() });
  return response as unknown as Posted;
};
const buttons = (data: Sent) => (data.components ?? []).flatMap((row) => row.components);
let ids = 0;
const base = (type: number, user: string) => ({
  id: String(5000 + ids++),
  application_id: '1',
  type,
  token: 'interaction-token',
  member: { user: { id: user } },
});
const slash = (name: string, options: Record<string, string | boolean>, user = ASKER) =>
  answer({
    ...base(2, user),
    data: { name, type: 1, options: Object.entries(options).map(([n, value]) => ({ name: n, value })) },
  });
/** A click on the button labelled `label` of `host`, as Discord sends it: with the message. */
const click = (host: Sent, label: string, user = ASKER, flags = host.flags ?? 0) => {
  const button = buttons(host).find((b) => b.label === label);
  if (!button) throw new Error(`no "${label}" button`);
  return answer({
    ...base(3, user),
    data: { custom_id: button.custom_id, component_type: 2 },
    message: { embeds: host.embeds, components: host.components, flags },
  });
};
const labels = (data: Sent) => (data.components ?? []).map((row) => row.components.map((b) => b.label));
const footer = (data: Sent) => data.embeds[0]?.footer?.text ?? '';
const body = (data: Sent) => (data.embeds[0]?.description ?? '').split('\n\n').slice(1).join('\n\n');
/** The results a page shows: its fields, or its numbered passages. */
const results = (data: Sent) => [
  ...(data.embeds[0]?.fields ?? []).map((f) => f.value),
  ...body(data)
    .split('\n\n')
    .filter((b) => b.startsWith('**[')),
];

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
    ['timeline', { topic: 'North Korea' }, 10],
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

describe('Share in channel and 👍/👎', () => {
  it('shares the same embeds publicly, its page buttons now the sharer’s, without Share', () => {
    const hidden = slash('ask', { question: QUESTION_180, hide: true });
    const shared = click(hidden.data, 'Share in channel', ASKER, 64);
    expect([shared.type, shared.data.flags]).toEqual([4, undefined]);
    expect(shared.data.embeds).toEqual(hidden.data.embeds);
    expect(labels(shared.data)).toEqual([['More results'], ['👍', '👎']]);
    expect(click(shared.data, 'More results', ASKER).type).toBe(7);
    expect(click(shared.data, 'More results', OTHER).data.flags).toBe(64);
  });

  it.each([
    ['ask', () => slash('ask', { question: 'Who is John Kirby?' }), 'Who is John Kirby?'],
    [
      'who-said',
      () => slash('who-said', { quote: 'literally millions', speaker: 'Kirby' }),
      'quote: literally millions · speaker: Kirby',
    ],
    [
      'check',
      () =>
        answer({
          ...base(2, ASKER),
          data: {
            name: 'Check against sources',
            type: 3,
            target_id: '42',
            resolved: { messages: { '42': { content: 'North Korea sent **shells** to Russia' } } },
          },
        }),
      'North Korea sent **shells** to Russia',
    ],
  ])(
    'a vote on /%s: "Thanks — noted", privately, with the question and the passages shown',
    (command, ask, question) => {
      const answered = ask();
      const cited =
        (answered.data.embeds[0]?.description ?? '') + JSON.stringify(answered.data.embeds[0]?.fields ?? []);
      const vote = {
        ...base(3, OTHER),
        data: {
          custom_id: buttons(answered.data).find((b) => b.label === '👎')?.custom_id ?? '',
          component_type: 2,
        },
        message: { embeds: answered.data.embeds, components: answered.data.components },
      };
      const { response, feedback } = answerInteraction(vote as unknown as RawInteraction, {
        context,
        cooldown: new Cooldown(),
      });
      const data = (response as unknown as Posted).data;
      expect([data.flags, data.embeds[0]?.title]).toEqual([64, 'Thanks — noted']);
      expect(feedback).toMatchObject({ command, vote: 'down', question, user: userHash(OTHER) });
      expect(feedback?.passages.length).toBeGreaterThan(0);
      for (const p of feedback?.passages ?? []) expect(cited).toContain(`${p.articleId} ¶${p.paragraph}`);
    },
  );

  it.each([
    ['a vote on a command without votes', 'fb|up|timeline|000.1'],
    ['a vote on an unknown command', 'fb|up|nope|000.1'],
    ['an old page button', 'page|ask|3|Who is Kirby?'],
  ])('%s: "This button has expired", nothing recorded', (_, customId) => {
    const { response, feedback } = answerInteraction(
      { ...base(3, ASKER), data: { custom_id: customId, component_type: 2 } },
      { context, cooldown: new Cooldown() },
    );
    expect((response as unknown as Posted).data.embeds[0]?.title).toBe('This button has expired');
    expect(feedback).toBeUndefined();
  });
});
