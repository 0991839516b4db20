import { DiscordAPIError, type REST } from '@discordjs/rest';
import { describe, expect, it } from 'vitest';
import { webhookAfterHttp } from '../../src/serve/webhook.ts';

const interaction = { id: '10', application_id: '20', type: 2, token: 'tok' };
const apiError = (status: number, code: number) =>
  new DiscordAPIError({ message: 'Unknown Webhook', code }, code, status, 'PATCH', 'url', {});

/** A REST whose PATCH fails with `errors` in turn, then succeeds. */
function fakeRest(errors: Error[]) {
  const calls: string[] = [];
  const rest = {
    patch: async (route: string) => {
      calls.push(route);
      const error = errors.shift();
      if (error) throw error;
      return {};
    },
  } as unknown as REST;
  return { rest, calls };
}

describe('the webhook after an HTTP response', () => {
  it('asks again while Discord has not yet taken in the deferral (Unknown Webhook)', async () => {
    const { rest, calls } = fakeRest([apiError(404, 10015), apiError(404, 10008)]);
    await webhookAfterHttp(rest, interaction).editOriginal({ embeds: [] });
    expect(calls).toEqual([
      '/webhooks/20/tok/messages/%40original',
      '/webhooks/20/tok/messages/%40original',
      '/webhooks/20/tok/messages/%40original',
    ]);
  });

  it('gives up after four attempts, and at once on any other error', async () => {
    const unknown = fakeRest(Array.from({ length: 5 }, () => apiError(404, 10015)));
    await expect(webhookAfterHttp(unknown.rest, interaction).editOriginal({})).rejects.toThrow(
      'Unknown Webhook',
    );
    expect(unknown.calls).toHaveLength(4);
    const invalid = fakeRest([apiError(400, 50035)]);
    await expect(webhookAfterHttp(invalid.rest, interaction).editOriginal({})).rejects.toThrow();
    expect(invalid.calls).toHaveLength(1);
  });
});
