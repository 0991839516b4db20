// The fakes handleInteraction is tested with: commands, a responder and a log that record.
import { Writable } from 'node:stream';
import pino from 'pino';
import { z } from 'zod';
import type { Reply } from '../../src/commands/reply.ts';
import type { Command, CommandContext } from '../../src/commands/types.ts';
import { Cooldown } from '../../src/interactions/cooldown.ts';
import type { FeedbackEntry } from '../../src/interactions/feedback-log.ts';
import type { HandleDeps, Responder } from '../../src/interactions/handle.ts';
import { Latencies } from '../../src/interactions/latencies.ts';
import type { RawInteraction } from '../../src/interactions/schema.ts';
import { invocationKey, invocationLine } from '../../src/render/invocation.ts';
import { pageCustomId } from '../../src/render/paging.ts';
import type { Story } from '../../src/retrieval/story.ts';

// An answer with something in it: "nothing found" would be private whatever the command.
export const reply = (title: string, extra: Partial<Reply> = {}): Reply => ({
  title,
  items: [{ body: { text: 'done', marks: [] }, citations: [] }],
  data: {},
  ...extra,
});
export const command = (name: string, execute: () => Reply, extra: Partial<Command> = {}): Command =>
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
export const commands = [
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
export const context: CommandContext = { story: {} as Story, commands };

export function setup(deferAfterMs: number, store: 'works' | 'fails' = 'works') {
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
export const interaction = (type: number, data: RawInteraction['data'], user = '5'): RawInteraction => ({
  id: String(1000 + ids++),
  application_id: '1',
  type,
  token: 'interaction-token',
  member: { user: { id: user } },
  ...(data ? { data } : {}),
});
export const slash = (name: string, user?: string) => interaction(2, { name, type: 1, options: [] }, user);
/** A click on "More results" under /fast as `owner` asked it. */
export const pageClick = (user: string, owner: string) => ({
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
export const fastAsked = { command: 'fast', options: {} };
export const titleOf = (body: unknown) => (body as { embeds?: { title?: string }[] }).embeds?.[0]?.title;
