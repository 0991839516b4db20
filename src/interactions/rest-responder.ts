import type { REST } from '@discordjs/rest';
import { Routes } from 'discord-api-types/v10';
import { forUpload } from '../render/interaction-data.ts';
import type { Responder } from './handle.ts';
import type { RawInteraction } from './schema.ts';

/**
 * Responses through Discord's REST API: the callback route for the first response, the
 * interaction webhook (authorised by the interaction token, not the bot token) for the rest.
 * A body that carries files (the timeline's picture) goes as multipart: payload_json, then
 * files[n] for attachment id n. @discordjs/rest retries 5xx and waits out 429s.
 */
export function restResponder(rest: REST, i: RawInteraction): Responder {
  const original = Routes.webhookMessage(i.application_id, i.token, '@original');
  return {
    async respond(response) {
      const query = new URLSearchParams({ with_response: 'false' });
      const { json, files } = forUpload(response);
      await rest.post(Routes.interactionCallback(i.id, i.token), { body: json, files, auth: false, query });
    },
    async editOriginal(data) {
      const { json, files } = forUpload(data);
      await rest.patch(original, { body: json, files, auth: false });
    },
    async deleteOriginal() {
      await rest.delete(original, { auth: false });
    },
    async followUp(data) {
      const { json, files } = forUpload(data);
      await rest.post(Routes.webhook(i.application_id, i.token), { body: json, files, auth: false });
    },
  };
}
