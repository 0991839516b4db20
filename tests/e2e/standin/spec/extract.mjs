// Writes request-bodies.json: the part of Discord's OpenAPI description (discord/discord-api-spec,
// MIT, see LICENSE) that says what the bot may send: interaction callbacks and the interaction
// webhook's follow-ups and edits, with every schema they refer to, as one JSON Schema 2020-12
// document. Run again when the description changes:
//   node tests/e2e/standin/spec/extract.mjs ../shared/discord-api-spec/openapi.json
//   npx biome check --write tests/e2e/standin/spec
import { readFileSync, writeFileSync } from 'node:fs';

const source = process.argv[2] ?? '../shared/discord-api-spec/openapi.json';
const spec = JSON.parse(readFileSync(source, 'utf8'));
const body = (path, method) => spec.paths[path][method].requestBody.content['application/json'].schema;
const roots = {
  InteractionCallback: body('/interactions/{interaction_id}/{interaction_token}/callback', 'post'),
  WebhookFollowUp: body('/webhooks/{webhook_id}/{webhook_token}', 'post'),
  WebhookEdit: body('/webhooks/{webhook_id}/{webhook_token}/messages/{message_id}', 'patch'),
};
const defs = {};
const rewrite = (node) => {
  if (Array.isArray(node)) return node.map(rewrite);
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => {
      if (key !== '$ref') return [key, rewrite(value)];
      const name = value.split('/').at(-1);
      if (!(name in defs)) {
        defs[name] = null;
        defs[name] = rewrite(spec.components.schemas[name]);
      }
      return [key, `#/$defs/${name}`];
    }),
  );
};
for (const [name, schema] of Object.entries(roots)) defs[name] = rewrite(schema);
const sorted = Object.fromEntries(Object.entries(defs).sort(([a], [b]) => a.localeCompare(b)));
const out = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $comment: `Request bodies from Discord's OpenAPI description ${spec.info.version} (extract.mjs).`,
  $defs: sorted,
};
writeFileSync(new URL('request-bodies.json', import.meta.url), `${JSON.stringify(out, null, 1)}\n`);
