import { beforeAll, describe, expect, it } from 'vitest';
import { loadContext } from '../../src/app.ts';
import type { CommandContext } from '../../src/commands/types.ts';
import { answerInteraction } from '../../src/interactions/answer.ts';
import { Cooldown } from '../../src/interactions/cooldown.ts';
import { userHash } from '../../src/interactions/feedback-log.ts';
import type { RawInteraction } from '../../src/interactions/schema.ts';
import { ASKER, base, buttons, clicker, labels, OTHER, type Posted } from './clicks.ts';

let context: CommandContext;
beforeAll(async () => {
  context = await loadContext('seeds');
});
const { answer, slash, click } = clicker(() => context);
const QUESTION_180 =
  'What did North Korea say about the claims made by the United States that it was secretly supplying ' +
  'artillery shells and rockets to Russia for the war in Ukraine, and who denied it?';

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
      for (const p of feedback?.passages ?? [])
        expect(cited).toContain(`${p.articleId} para. ${p.paragraph}`);
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
