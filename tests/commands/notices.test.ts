import { beforeAll, describe, expect, it } from 'vitest';
import { loadContext } from '../../src/app.ts';
import { commands } from '../../src/commands/registry.ts';
import { optionNames, runCommand } from '../../src/commands/run.ts';
import { type CommandContext, commandName } from '../../src/commands/types.ts';

let context: CommandContext;
beforeAll(async () => {
  context = await loadContext('seeds');
});

const FROM = 'Write the start date as 2022-09-01 (a month, 2022-09, or a year, 2022, also works).';
const TO = 'Write the end date as 2022-11-30 (a month, 2022-11, or a year, 2022, also works).';
const QUESTION = 'Write a question in your own words, up to 300 characters.';
const OFFSET = 'Write the offset as a whole number, 0 or more.';
const ASK_EXAMPLE = 'For example: /ask question:What did North Korea say about the US claims?';
const TIMELINE_EXAMPLE = 'For example: /timeline topic:missile tests';

// Words of the validator that mean nothing to the person typing.
const INTERNALS = /Invalid input|expected (?:string|number)|received|NaN|YYYY|regex|too_small|too_big/iu;

describe('a bad option gets one sentence saying what to type, then an example', () => {
  it.each<[string, string, Record<string, unknown>, string]>([
    ['1 a blank question', 'ask', { question: '   ' }, `${QUESTION} ${ASK_EXAMPLE}`],
    ['2 no question at all', 'ask', {}, `${QUESTION} ${ASK_EXAMPLE}`],
    ['3 invisible characters only', 'ask', { question: '\u200b\u200d\ufeff' }, `${QUESTION} ${ASK_EXAMPLE}`],
    [
      '4 a question over 300 characters',
      'ask',
      { question: 'why '.repeat(80) },
      `${QUESTION} ${ASK_EXAMPLE}`,
    ],
    [
      '5 a limit that is no number',
      'ask',
      { question: 'Who?', limit: 'many' },
      `Write the limit as a whole number from 1 to 10. ${ASK_EXAMPLE}`,
    ],
    ['6 a negative offset', 'ask', { question: 'Who?', offset: '-1' }, `${OFFSET} ${ASK_EXAMPLE}`],
    // "last week" breaks two rules of a date (its form, a real day): still one sentence.
    ['7 from:"last week"', 'timeline', { from: 'last week' }, `${FROM} ${TIMELINE_EXAMPLE}`],
    ['8 a day that does not exist', 'timeline', { to: '2022-02-30' }, `${TO} ${TIMELINE_EXAMPLE}`],
    [
      '9 two bad dates, one sentence each, in the order given',
      'timeline',
      { from: 'yesterday', to: 'tomorrow' },
      `${FROM} ${TO} ${TIMELINE_EXAMPLE}`,
    ],
    [
      '10 a speaker name over 200 characters',
      'who-said',
      { speaker: 'K'.repeat(201) },
      'Write a speaker\'s name or title, up to 200 characters, such as "Kirby". For example: /who-said quote:literally millions of rockets and artillery shells',
    ],
    [
      '11 who-said with neither quote nor speaker',
      'who-said',
      {},
      'Give a few words of a quotation, or a speaker’s name. For example: /who-said speaker:Kirby',
    ],
    ['12 sources past its pages', 'sources', { offset: 'x' }, `${OFFSET} For example: /sources`],
  ])('%s', (_, name, raw, expected) => {
    const reply = runCommand(context, name, raw);
    expect([reply.items.length, reply.ephemeral, reply.empty]).toEqual([0, true, expected]);
    expect(reply.empty).not.toMatch(INTERNALS);
  });

  it('keeps the sentences alone in data.error, for the CLI to show its own usage', () => {
    expect(runCommand(context, 'timeline', { from: 'last week' }).data).toEqual({ error: FROM });
    expect(runCommand(context, 'ask', { question: '' }).data).toEqual({ error: QUESTION });
  });

  it('every option of every command has its sentence', () => {
    const missing = commands.flatMap((c) =>
      optionNames(c)
        .filter((n) => !c.hints?.[n])
        .map((n) => `${commandName(c)} ${n}`),
    );
    expect(missing).toEqual([]);
  });
});
