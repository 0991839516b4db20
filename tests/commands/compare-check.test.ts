import { beforeAll, describe, expect, it } from 'vitest';
import { loadContext } from '../../src/app.ts';
import { findCommand, runCommand } from '../../src/commands/run.ts';
import type { CommandContext } from '../../src/commands/types.ts';
import { renderDiscord } from '../../src/render/discord.ts';
import { renderTerminal } from '../../src/render/terminal.ts';

let context: CommandContext;
beforeAll(async () => {
  context = await loadContext('seeds');
});

describe('/compare', () => {
  it('pages disagreements first, then shared claims', () => {
    const first = runCommand(context, 'compare', {});
    expect(first.items).toHaveLength(6);
    expect(first.items.every((i) => i.heading?.startsWith('Differ on '))).toBe(true);
    expect(first.items[0]?.heading).toMatch(/^Differ on the date: Wednesday 21 Sep 2022 or Thursday/u);
    const last = runCommand(context, 'compare', { offset: 18 });
    expect(last.items.every((i) => /^Reported by \d of 5 articles$/u.test(i.heading ?? ''))).toBe(true);
    expect(first.paging).toMatchObject({ offset: 0, pageSize: 6 });
  });

  it('completes topics from what the articles disagree on', () => {
    const command = findCommand(context.commands, 'compare');
    expect(command?.autocomplete?.(context, { name: 'topic', value: 'overwhelming' })).toEqual([
      { name: 'firm and overwhelming', value: 'firm and overwhelming' },
      { name: 'resolute and overwhelming', value: 'resolute and overwhelming' },
    ]);
  });

  it('refuses a topic over 200 characters, saying what to type', () => {
    const reply = runCommand(context, 'compare', { topic: 'x'.repeat(201) });
    expect(reply.data).toEqual({
      error: 'Write a topic of up to 200 characters, such as "the air exercise".',
    });
  });
});

describe('Check against sources (check in the terminal)', () => {
  it('answers only the user, shareable, with the count in each heading', () => {
    const reply = runCommand(context, 'Check against sources', {
      text: 'Russia buys literally millions of shells',
    });
    expect(reply).toMatchObject({
      ephemeral: true,
      shareable: true,
      echo: 'Russia buys literally millions of shells',
    });
    // Kirby said the purchases "could include" millions: the passage bears on it, takes no side.
    expect(reply.items[0]?.heading).toBe('Mentions it · reported by 3 of 5 articles');
    expect(runCommand(context, 'check', { text: 'Russia buys literally millions of shells' })).toEqual(reply);
  });

  it('reads a message without its Discord markup: a role id is no number the claim states', () => {
    const plainText = 'North Korea says it never exported weapons or ammunition to Russia';
    const marked = `@everyone ${plainText} <@&123456789012345678> <:shell:998877665544332211> <t:1667900000:R>`;
    const reply = runCommand(context, 'check', { text: marked });
    expect(reply.echo).toBe(marked);
    expect(reply.items.map((i) => i.heading)).toEqual(
      runCommand(context, 'check', { text: plainText }).items.map((i) => i.heading),
    );
    expect(reply.items[0]?.heading).toBe('Supports it · reported by 3 of 5 articles');
  });

  it('says so when a message has nothing to check', () => {
    expect(runCommand(context, 'check', { text: 'pizza tonight?' }).empty).toBe(
      'Nothing in the articles about this.',
    );
    expect(runCommand(context, 'check', { text: '' }).empty).toMatch(/^That message has no text to check/u);
  });
});

describe('Check against sources says which way each passage goes, in words, before the count', () => {
  const HEADING = /^(Supports|Contradicts|Mentions) it · reported by \d of 5 articles$/u;

  it.each<[string, string, string]>([
    // The denials support a denial; the White House's claim (000 para. 3) contradicts it.
    ['1 a denial', 'North Korea says it has never exported weapons to Russia', 'Supports it'],
    // The other way round: a report of supplies, supported and contradicted.
    ['2 an accusation', 'North Korea is supplying artillery shells to Russia', 'Supports it'],
  ])('%s: supports and contradicts, in Discord and in the terminal', (_, text, first) => {
    const reply = runCommand(context, 'check', { text });
    const names = renderDiscord(reply).embeds[0]?.fields?.map((f) => f.name) ?? [];
    expect(names.length).toBeGreaterThan(1);
    expect(names.filter((n) => !HEADING.test(n))).toEqual([]);
    expect(names[0]?.startsWith(`${first} · `)).toBe(true);
    const stances = (lines: string[]) => [...new Set(lines.map((n) => n.split(' · ')[0]))].sort();
    expect(stances(names)).toEqual(expect.arrayContaining(['Contradicts it', 'Supports it']));
    const terminal = renderTerminal(reply)
      .split('\n')
      .flatMap((l) => /^\[\d+\] (.+)$/u.exec(l)?.[1] ?? []);
    expect(terminal).toEqual(names);
  });
});
