import { setTimeout as sleep } from 'node:timers/promises';
import { DiscordAPIError, type REST } from '@discordjs/rest';
import type { Responder } from '../interactions/handle.ts';
import { restResponder } from '../interactions/rest-responder.ts';
import type { RawInteraction } from '../interactions/schema.ts';

// Unknown Webhook, Unknown Message: what Discord says while it has not yet taken in the deferral
// this process just returned as its HTTP response. Asking again shortly after succeeds.
const NOT_YET = new Set<number | string>([10015, 10008]);
const ATTEMPTS = 4;
const PAUSE_MS = 250;

async function once<T>(call: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await call();
    } catch (error) {
      const early = error instanceof DiscordAPIError && error.status === 404 && NOT_YET.has(error.code);
      if (!early || attempt >= ATTEMPTS) throw error;
      await sleep(PAUSE_MS * attempt);
    }
  }
}

/**
 * The interaction webhook as seen from the HTTP endpoint: the first response went back in the
 * HTTP response, which Discord may not have processed by the time the follow-up arrives.
 */
export function webhookAfterHttp(rest: REST, i: RawInteraction): Omit<Responder, 'respond'> {
  const webhook = restResponder(rest, i);
  return {
    editOriginal: (data) => once(() => webhook.editOriginal(data)),
    deleteOriginal: () => once(() => webhook.deleteOriginal()),
    followUp: (data) => once(() => webhook.followUp(data)),
  };
}
