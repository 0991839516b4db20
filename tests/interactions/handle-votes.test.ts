import { describe, expect, it } from 'vitest';
import { hideOption } from '../../src/commands/payload.ts';
import type { Command } from '../../src/commands/types.ts';
import { userHash } from '../../src/interactions/feedback-log.ts';
import { handleInteraction } from '../../src/interactions/handle.ts';
import { command, context, interaction, reply, setup } from './handle-setup.ts';

describe('handleInteraction: hide and votes', () => {
  it.each([
    ['hide:true', [{ name: 'hide', type: 5, value: true }], { type: 5, data: { flags: 64 } }],
    ['hide:false', [{ name: 'hide', type: 5, value: false }], { type: 5 }],
  ])('with 0, defers a command with %s as the answer will be shown', async (_, options, deferral) => {
    const { deps, to, calls } = setup(0);
    const hideable = command('hideable', () => reply('H'));
    const withHide = {
      ...hideable,
      data: { name: 'hideable', description: 'h', options: [hideOption] },
    } as Command;
    const withIt = { ...deps, context: { ...context, commands: [withHide] } };
    await handleInteraction(interaction(2, { name: 'hideable', type: 1, options }), withIt, to);
    expect(calls[0]?.[1]).toEqual(deferral);
  });

  it('a 👍 is acknowledged first, then logged as "feedback" and saved, the voter only hashed', async () => {
    const { deps, to, calls, lines, saved } = setup(1500);
    const click = {
      ...interaction(3, { custom_id: 'fb|up|rated|000.3,002.5', component_type: 2 }, '123456789012345678'),
      message: { embeds: [{ description: '> /rated q:Who said it?' }] },
    };
    await handleInteraction(click, deps, to);
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject([
      'respond',
      { type: 4, data: { flags: 64, embeds: [{ title: 'Thanks — noted' }] } },
    ]);
    const entry = {
      command: 'rated',
      vote: 'up',
      question: 'Who said it?',
      passages: [
        { articleId: '000', paragraph: 3 },
        { articleId: '002', paragraph: 5 },
      ],
      user: userHash('123456789012345678'),
    };
    expect(saved).toEqual([expect.objectContaining(entry)]);
    expect(lines.map((l) => l.msg)).toEqual(['feedback', 'interaction']);
    expect(lines[0]).toMatchObject(entry);
    expect(JSON.stringify(lines)).not.toContain('123456789012345678');
  });

  it('a 👎 whose save fails is still acknowledged, and the failure logged', async () => {
    const { deps, to, calls, lines } = setup(1500, 'fails');
    const click = interaction(3, { custom_id: 'fb|down|rated|', component_type: 2 });
    await handleInteraction(click, deps, to);
    expect(calls).toMatchObject([['respond', { type: 4, data: { flags: 64 } }]]);
    expect(lines.map((l) => [l.msg, l.outcome])).toEqual([
      ['feedback', undefined],
      ['feedback not saved', undefined],
      ['interaction', 'ok'],
    ]);
    expect(lines[1]).toMatchObject({ level: 50, error: { message: expect.stringContaining('EACCES') } });
  });
});
