import { Writable } from 'node:stream';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { hideOption } from '../../src/commands/payload.ts';
import type { Reply } from '../../src/commands/reply.ts';
import type { Command, CommandContext } from '../../src/commands/types.ts';
import { Cooldown } from '../../src/interactions/cooldown.ts';
import { type FeedbackEntry, userHash } from '../../src/interactions/feedback-log.ts';
import { type HandleDeps, handleInteraction, type Responder } from '../../src/interactions/handle.ts';
import { Latencies } from '../../src/interactions/latencies.ts';
import type { RawInteraction } from '../../src/interactions/schema.ts';
import { invocationKey, invocationLine } from '../../src/render/invocation.ts';
import { pageCustomId } from '../../src/render/paging.ts';
import type { Story } from '../../src/retrieval/story.ts';

// An answer with something in it: "nothing found" would be private whatever the command.
const reply = (title: string, extra: Partial<Reply> = {}): Reply => ({
  title,
  items: [{ body: { text: 'done', marks: [] }, citations: [] }],
  data: {},
  ...extra,
});
const command = (name: string, execute: () => Reply, extra: Partial<Command> = {}): Command =>
  ({
    data: { name, description: name, options: [{ type: 3, name: 'q', description: 'q' }] },
    options: z.object({ q: z.string().optional(), offset: z.coerce.number().default(0) }),
    example: `/${name}`,
    execute,
    ...extra,
  }) as Command;
const busy = (ms: number) => {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // a synchronous answer that takes a while
  }
};
const commands = [
  command('fast', () => reply('Fast')),
  command('slow', () => {
    busy(25);
    return reply('Slow');
  }),
  command('private', () => reply('Private', { ephemeral: true }), { ephemeral: true }),
  command('rated', () => reply('Rated'), { feedback: true }),
  command('boom', () => {
    throw new Error('handler failed on purpose');
  }),
];
const context: CommandContext = { story: {} as Story, commands };

function setup(deferAfterMs: number, store: 'works' | 'fails' = 'works') {
  const saved: FeedbackEntry[] = [];
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  const deps: HandleDeps = {
    context,
    cooldown: new Cooldown(),
    logger: pino({ level: 'info' }, sink),
    deferAfterMs,
    latencies: new Latencies(),
    feedback: {
      save: async (entry) => {
        if (store === 'fails') throw new Error("EACCES: permission denied, open '/data/feedback.jsonl'");
        saved.push(entry);
      },
    },
  };
  const calls: [string, unknown][] = [];
  const to: Responder = {
    respond: async (r) => void calls.push(['respond', r]),
    editOriginal: async (data) => void calls.push(['edit', data]),
    deleteOriginal: async () => void calls.push(['delete', null]),
    followUp: async (data) => void calls.push(['followUp', data]),
  };
  return { deps, to, calls, lines, saved };
}

let ids = 0;
const interaction = (type: number, data: RawInteraction['data'], user = '5'): RawInteraction => ({
  id: String(1000 + ids++),
  application_id: '1',
  type,
  token: 'interaction-token',
  member: { user: { id: user } },
  ...(data ? { data } : {}),
});
const slash = (name: string, user?: string) => interaction(2, { name, type: 1, options: [] }, user);
/** A click on "More results" under /fast as `owner` asked it. */
const pageClick = (user: string, owner: string) => ({
  ...interaction(
    3,
    {
      custom_id: pageCustomId({ command: 'fast', offset: 3, key: invocationKey(fastAsked), owner }),
      component_type: 2,
    },
    user,
  ),
  message: { embeds: [{ description: `> ${invocationLine(fastAsked)}` }], flags: 0 },
});
const fastAsked = { command: 'fast', options: {} };
const titleOf = (body: unknown) => (body as { embeds?: { title?: string }[] }).embeds?.[0]?.title;

describe('handleInteraction', () => {
  it('PONGs a PING and answers a fast command in its first response, mentions parsed never', async () => {
    const { deps, to, calls, lines } = setup(1500);
    await handleInteraction(interaction(1, undefined), deps, to);
    await handleInteraction(slash('fast'), deps, to);
    expect(calls[0]).toEqual(['respond', { type: 1 }]);
    expect(calls[1]).toMatchObject(['respond', { type: 4, data: { allowed_mentions: { parse: [] } } }]);
    expect(calls).toHaveLength(2);
    expect(lines.map((l) => [l.command, l.outcome])).toEqual([
      ['ping', 'ok'],
      ['fast', 'ok'],
    ]);
  });

  it('defers a command known to be slow, then edits the original through the webhook', async () => {
    const { deps, to, calls, lines } = setup(10);
    await handleInteraction(slash('slow', '6'), deps, to);
    expect(calls.map(([kind, body]) => [kind, (body as { type?: number }).type])).toEqual([['respond', 4]]);
    await handleInteraction(slash('slow', '7'), deps, to);
    expect(calls[1]).toEqual(['respond', { type: 5 }]);
    expect(calls[2]?.[0]).toBe('edit');
    expect(titleOf(calls[2]?.[1])).toBe('Slow');
    expect(calls[2]?.[1]).not.toHaveProperty('flags');
    expect(lines[1]).toMatchObject({ command: 'slow', deferred: true, outcome: 'ok' });
  });

  it('with 0, defers everything: privately for a private command, as an update for the asker’s page', async () => {
    const { deps, to, calls } = setup(0);
    await handleInteraction(slash('private'), deps, to);
    await handleInteraction(pageClick('5', '5'), deps, to);
    expect(calls.map(([kind, body]) => [kind, (body as { type?: number; data?: unknown }).type])).toEqual([
      ['respond', 5],
      ['edit', undefined],
      ['respond', 6],
      ['edit', undefined],
    ]);
    expect(calls[0]?.[1]).toEqual({ type: 5, data: { flags: 64 } });
  });

  it('with 0, defers another user’s page click privately: the page is theirs alone', async () => {
    const { deps, to, calls } = setup(0);
    await handleInteraction(pageClick('6', '5'), deps, to);
    expect(calls.map(([kind]) => kind)).toEqual(['respond', 'edit']);
    expect(calls[0]?.[1]).toEqual({ type: 5, data: { flags: 64 } });
  });

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

  it('a notice after a public deferral goes to the user alone; after a deferred update, beside the message', async () => {
    const { deps, to, calls } = setup(0);
    await handleInteraction(slash('nope'), deps, to);
    expect(calls.map(([kind]) => kind)).toEqual(['respond', 'edit']);
    calls.length = 0;
    for (let i = 0; i < 5; i += 1) await handleInteraction(slash('fast', '8'), deps, to);
    calls.length = 0;
    await handleInteraction(slash('fast', '8'), deps, to);
    expect(calls.map(([kind]) => kind)).toEqual(['respond', 'delete', 'followUp']);
    expect(calls[2]?.[1]).toMatchObject({ flags: 64 });
    calls.length = 0;
    await handleInteraction(pageClick('8', '8'), deps, to);
    expect(calls.map(([kind]) => kind)).toEqual(['respond', 'followUp']);
    expect(titleOf(calls[1]?.[1])).toBe('Slow down');
  });

  it('a handler that throws becomes "Something went wrong" and one log line without the token', async () => {
    const { deps, to, calls, lines } = setup(1500);
    await handleInteraction(slash('boom'), deps, to);
    expect(calls[0]).toMatchObject(['respond', { type: 4, data: { flags: 64 } }]);
    expect(titleOf((calls[0]?.[1] as { data?: unknown } | undefined)?.data)).toBe('Something went wrong');
    expect(lines[0]).toMatchObject({
      msg: 'interaction failed',
      command: 'boom',
      error: { type: 'Error', message: 'handler failed on purpose' },
    });
    expect(lines[1]).toMatchObject({ msg: 'interaction', outcome: 'error' });
    expect(JSON.stringify(lines)).not.toContain('interaction-token');
  });

  it('a first response that cannot be sent is logged, and a notice is tried once', async () => {
    const { deps, to, lines } = setup(1500);
    let attempts = 0;
    const failing: Responder = {
      ...to,
      respond: async () => {
        attempts += 1;
        throw new Error('POST /interactions/1/interaction-token/callback: 500');
      },
    };
    await handleInteraction(slash('fast'), deps, failing);
    expect(attempts).toBe(2);
    expect(lines[0]).toMatchObject({
      msg: 'interaction failed',
      error: { message: 'POST /interactions/1/[redacted]/callback: 500' },
    });
  });
});
