import { readFileSync } from 'node:fs';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';

/** The bodies the bot sends, each held against what Discord's API description accepts. */
export type SpecBody = 'InteractionCallback' | 'WebhookFollowUp' | 'WebhookEdit';

/**
 * What Discord's API description finds wrong with a body, one line per problem (ajv's path and
 * message); empty when Discord would accept it. The unions of the description list every kind of
 * body, so a wrong body fails each branch: the lines name them all.
 */
export type SpecCheck = (body: SpecBody, data: unknown) => string[];

/**
 * Compiles the request bodies of Discord's API description (a second or so: the stand-in does it
 * when it starts, before any bot connects, never in the middle of a test, where it would hold up
 * the gateway's heartbeats in this same process).
 */
export function specCheck(): SpecCheck {
  const document = JSON.parse(readFileSync(new URL('request-bodies.json', import.meta.url), 'utf8'));
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  // Discord's own formats; numbers in int32/int64/double are checked by their type alone.
  ajv.addFormat('uri', { type: 'string', validate: (s: string) => URL.canParse(s) });
  ajv.addFormat('date-time', { type: 'string', validate: (s: string) => !Number.isNaN(Date.parse(s)) });
  ajv.addFormat('snowflake', { type: 'string', validate: /^\d{1,20}$/u });
  ajv.addFormat('nonce', { type: 'string', validate: (s: string) => s.length <= 25 });
  for (const format of ['int32', 'int64', 'double'])
    ajv.addFormat(format, { type: 'number', validate: () => true });
  ajv.addSchema(document, 'discord');
  const compiled = (body: SpecBody): ValidateFunction => {
    const found = ajv.getSchema(`discord#/$defs/${body}`);
    if (!found) throw new Error(`stand-in: no schema for ${body}`);
    return found;
  };
  const validators: Record<SpecBody, ValidateFunction> = {
    InteractionCallback: compiled('InteractionCallback'),
    WebhookFollowUp: compiled('WebhookFollowUp'),
    WebhookEdit: compiled('WebhookEdit'),
  };
  return (body, data) => {
    const validate = validators[body];
    if (validate(data)) return [];
    return (validate.errors ?? []).map((e) => `${body}${e.instancePath} ${e.message ?? 'is invalid'}`);
  };
}
