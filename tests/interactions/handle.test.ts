import { describe, expect, it } from 'vitest';
import { handleInteraction, type Responder } from '../../src/interactions/handle.ts';
import { interaction, pageClick, setup, slash, titleOf } from './handle-setup.ts';

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
