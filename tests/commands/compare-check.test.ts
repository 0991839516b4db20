import { beforeAll, describe, expect, it } from 'vitest';
import { loadContext } from '../../src/app.ts';
import { findCommand, runCommand } from '../../src/commands/run.ts';
import type { CommandContext } from '../../src/commands/types.ts';

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

  it('refuses a topic over 200 characters, naming the option', () => {
    const reply = runCommand(context, 'compare', { topic: 'x'.repeat(201) });
    expect(reply.data).toEqual({ error: expect.stringMatching(/^topic: /u) });
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

  it('says so when a message has nothing to check', () => {
    expect(runCommand(context, 'check', { text: 'pizza tonight?' }).empty).toBe(
      'Nothing in the articles about this.',
    );
    expect(runCommand(context, 'check', { text: '' }).empty).toMatch(/^That message has no text to check/u);
  });
});
