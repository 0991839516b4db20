import { beforeAll, describe, expect, it } from 'vitest';
import { loadContext } from '../../src/app.ts';
import { runCommand } from '../../src/commands/run.ts';
import type { CommandContext } from '../../src/commands/types.ts';
import { renderDiscord } from '../../src/render/discord.ts';
import { renderTerminal } from '../../src/render/terminal.ts';

let context: CommandContext;
beforeAll(async () => {
  context = await loadContext('seeds');
});

const KIRBY = 'John Kirby (White House National Security Council spokesperson)';
const OFFICIAL = 'a US State Department spokesman (unnamed official)';
const BLANK = '\u200b';

describe('/who-said names each speaker once, above their quotes', () => {
  it.each<[string, Record<string, unknown>, string[]]>([
    // Field names in order: a speaker's name with the role on their first quote, blank after.
    ['1 one speaker', { speaker: 'Kirby' }, [KIRBY, BLANK, BLANK, BLANK, BLANK]],
    ['2 two speakers of the same words', { quote: 'literally millions' }, [KIRBY, OFFICIAL]],
    [
      '3 page 2 names the speaker again',
      { speaker: 'Kirby', offset: 5 },
      [KIRBY, BLANK, BLANK, BLANK, BLANK],
    ],
  ])('%s', (_, raw, names) => {
    const embed = renderDiscord(runCommand(context, 'who-said', raw)).embeds[0];
    expect(embed?.fields?.map((f) => f.name)).toEqual(names);
    const text = JSON.stringify(embed);
    expect(text.split('White House National Security Council spokesperson').length - 1).toBe(1);
  });

  it('4 a speaker’s quotes stay together even when another speaker’s rank between them', () => {
    const reply = runCommand(context, 'who-said', { quote: 'weapons Russia' });
    const groups = reply.items.map((i) => i.group);
    const runs = groups.filter((g, i) => g !== groups[i - 1]);
    expect(runs).toEqual([...new Set(groups)]);
    expect(runs.length).toBeGreaterThan(1);
  });

  it('5 marks paraphrase in words, never "(reported)"', () => {
    const reply = runCommand(context, 'who-said', { speaker: 'Kirby' });
    const bodies = reply.items.map((i) => i.body.text);
    expect(bodies[1]).toBe(
      'Paraphrased: the purchases had not yet been completed and there was no indication that these weapons were being used in Ukraine',
    );
    expect(bodies[0]).toBe('“could include literally millions of cartridges, rockets and artillery shells”');
    expect(JSON.stringify(renderDiscord(reply))).not.toContain('(reported)');
    const data = reply.data as { matches: { paraphrased: boolean; role: string | null }[] };
    expect(data.matches.slice(0, 2).map((m) => [m.paraphrased, m.role])).toEqual([
      [false, 'White House National Security Council spokesperson'],
      [true, 'White House National Security Council spokesperson'],
    ]);
  });

  it('6 the terminal indents the quotes under the speaker, named once', () => {
    const out = renderTerminal(runCommand(context, 'who-said', { quote: 'literally millions' }));
    expect(out.split('\n').filter((l) => !l.startsWith(' ') && l !== '')).toEqual([
      'Who said it',
      '> literally millions',
      KIRBY,
      OFFICIAL,
    ]);
    expect(out).toContain(`${KIRBY}\n  [1] “could include literally millions of cartridges`);
  });
});
