import type { REST } from '@discordjs/rest';
import { describe, expect, it } from 'vitest';
import { restResponder } from '../../src/interactions/rest-responder.ts';
import { messageData } from '../../src/render/interaction-data.ts';
import { message, png } from '../render/picture-message.ts';

describe('the REST responder uploads the files of every kind of message', () => {
  const calls: [string, string, Record<string, unknown>][] = [];
  const record = (method: string) => async (route: string, options: Record<string, unknown>) => {
    calls.push([method, route, options]);
  };
  const rest = { post: record('POST'), patch: record('PATCH'), delete: record('DELETE') } as unknown as REST;
  const responder = restResponder(rest, { id: '10', application_id: '20', type: 2, token: 'tok' });

  it.each([
    [
      'respond',
      '/interactions/10/tok/callback',
      () => responder.respond({ type: 4, data: messageData(message([png])) }),
    ],
    [
      'editOriginal',
      '/webhooks/20/tok/messages/%40original',
      () => responder.editOriginal(messageData(message([png]))),
    ],
    ['followUp', '/webhooks/20/tok', () => responder.followUp(messageData(message([png])))],
  ])('%s', async (_, route, send) => {
    calls.length = 0;
    await send();
    const [call] = calls;
    expect(call?.[1]).toBe(route);
    expect(JSON.stringify(call?.[2].body)).toContain('"attachments":[{"id":"0","filename":"timeline.png"');
    expect(JSON.stringify(call?.[2].body)).not.toContain('"files"');
    expect(call?.[2].files).toEqual([
      { key: 'files[0]', name: 'timeline.png', data: png.data, contentType: 'image/png' },
    ]);
  });
});
