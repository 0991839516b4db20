import { isRecord, json, type RouteResult } from './http-util.ts';
import { nextSnowflake } from './ids.ts';
import type { ResponseKind } from './interaction-handle.ts';
import { asData, type InteractionLookup, type InteractionRoutes } from './interaction-routes.ts';
import type { Call, Route } from './router.ts';
import type { World } from './types.ts';

export interface RouteDeps {
  world: World;
  /** session_start_limit.max_concurrency in GET /gateway/bot. */
  maxConcurrency: number;
  interactions: InteractionRoutes;
  lookup: InteractionLookup;
  /** Last bulk-overwrite body per scope: 'global' or a guild id. */
  registered: Map<string, unknown[]>;
  commandId: (name: string, type: number) => string;
  gatewayUrl: () => string;
  /** The Developer Portal's Interactions Endpoint URL (null: interactions go on the gateway). */
  interactionsEndpoint: () => string | null;
  setInteractionsEndpoint: (url: string | null) => void;
}

const p = (call: Call, name: string): string => call.params[name] ?? '';

/** Every REST route the stand-in implements (paths relative to /api/v10). */
export function buildRoutes(deps: RouteDeps): Route[] {
  const { world, interactions: ir } = deps;
  const noteOn =
    (kind: ResponseKind) =>
    (call: Call, status: number): void => {
      const h = call.params.id ? deps.lookup.byId(p(call, 'id')) : deps.lookup.byToken(p(call, 'token'));
      const body = isRecord(call.body) ? call.body : {};
      const type = kind === 'callback' && typeof body.type === 'number' ? body.type : null;
      h?.record({
        kind,
        type,
        data: asData(kind === 'callback' ? body.data : body),
        messageId: null,
        status,
      });
    };
  const msg = '/webhooks/:app/:token/messages/:message';
  return [
    {
      method: 'GET',
      pattern: '/gateway/bot',
      auth: true,
      handle: () => json(200, gatewayBot(deps.gatewayUrl(), world.shardCount, deps.maxConcurrency)),
    },
    { method: 'GET', pattern: '/gateway', auth: false, handle: () => json(200, { url: deps.gatewayUrl() }) },
    { method: 'GET', pattern: '/users/@me', auth: true, handle: () => json(200, world.botUser) },
    { method: 'GET', pattern: '/applications/@me', auth: true, handle: () => json(200, application(deps)) },
    {
      method: 'PATCH',
      pattern: '/applications/@me',
      auth: true,
      handle: (c) => {
        const url = isRecord(c.body) ? c.body.interactions_endpoint_url : undefined;
        if (url !== null && typeof url !== 'string')
          return json(400, { message: 'Invalid Form Body', code: 50035 });
        deps.setInteractionsEndpoint(url);
        return json(200, application(deps));
      },
    },
    {
      method: 'POST',
      pattern: '/interactions/:id/:token/callback',
      auth: false,
      onInjectedFailure: noteOn('callback'),
      handle: (c) =>
        ir.callback(p(c, 'id'), p(c, 'token'), c.body, c.uploads, c.query.with_response === 'true'),
    },
    {
      method: 'POST',
      pattern: '/webhooks/:app/:token',
      auth: false,
      onInjectedFailure: noteOn('followup'),
      handle: (c) => ir.followUp(p(c, 'app'), p(c, 'token'), c.body, c.uploads),
    },
    {
      method: 'PATCH',
      pattern: msg,
      auth: false,
      onInjectedFailure: noteOn('edit'),
      handle: (c) => ir.editMessage(p(c, 'app'), p(c, 'token'), p(c, 'message'), c.body, c.uploads),
    },
    {
      method: 'GET',
      pattern: msg,
      auth: false,
      handle: (c) => ir.getMessage(p(c, 'app'), p(c, 'token'), p(c, 'message')),
    },
    {
      method: 'DELETE',
      pattern: msg,
      auth: false,
      onInjectedFailure: noteOn('delete'),
      handle: (c) => ir.deleteMessage(p(c, 'app'), p(c, 'token'), p(c, 'message')),
    },
    ...commandRoutes(deps, '/applications/:app/commands', () => 'global'),
    ...commandRoutes(deps, '/applications/:app/guilds/:guild/commands', (c) => p(c, 'guild')),
  ];
}

function commandRoutes(deps: RouteDeps, pattern: string, scopeOf: (call: Call) => string): Route[] {
  const put = (call: Call): RouteResult => {
    if (!Array.isArray(call.body)) return json(400, { message: 'Invalid Form Body', code: 50035 });
    const scope = scopeOf(call);
    deps.registered.set(scope, call.body);
    return json(
      200,
      call.body.map((command) => registeredCommand(deps, command, scope)),
    );
  };
  const get = (call: Call): RouteResult => {
    const scope = scopeOf(call);
    return json(
      200,
      (deps.registered.get(scope) ?? []).map((cmd) => registeredCommand(deps, cmd, scope)),
    );
  };
  return [
    { method: 'PUT', pattern, auth: true, handle: put },
    { method: 'GET', pattern, auth: true, handle: get },
  ];
}

/** The stored command as Discord returns it: the body plus id, application_id, version, defaults. */
function registeredCommand(deps: RouteDeps, command: unknown, scope: string): Record<string, unknown> {
  const body = typeof command === 'object' && command !== null ? command : {};
  const fields = { type: 1, description: '', name: '', ...body };
  const { name, type } = fields;
  return {
    default_member_permissions: null,
    nsfw: false,
    contexts: null,
    integration_types: [0],
    ...fields,
    id: deps.commandId(String(name), Number(type)),
    application_id: deps.world.applicationId,
    version: nextSnowflake(),
    ...(scope === 'global' ? {} : { guild_id: scope }),
  };
}

function gatewayBot(url: string, shards: number, maxConcurrency: number) {
  return {
    url,
    shards,
    session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: maxConcurrency },
  };
}

function application(deps: RouteDeps) {
  const { applicationId: id, botUser } = deps.world;
  return {
    id,
    name: botUser.username,
    icon: null,
    description: '',
    bot_public: true,
    bot: botUser,
    flags: 0,
    interactions_endpoint_url: deps.interactionsEndpoint(),
  };
}
