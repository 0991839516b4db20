import type { KeyObject } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { REST } from '@discordjs/rest';
import { InteractionResponseType, InteractionType } from 'discord-api-types/v10';
import type { Logger } from 'pino';
import { safeError } from '../interactions/errors.ts';
import { type HandleDeps, handleInteraction, type Responder } from '../interactions/handle.ts';
import { interactionSchema, type RawInteraction } from '../interactions/schema.ts';
import { checkSignature } from './signature.ts';
import { answerOverHttp } from './upload.ts';
import { webhookAfterHttp } from './webhook.ts';

/** Discord's interaction bodies are a few kB; anything this big is not one. */
export const MAX_BODY_BYTES = 1024 * 1024;

export interface EndpointDeps {
  readonly publicKey: KeyObject;
  readonly rest: REST;
  readonly logger: Logger;
  /** Undefined until the story is prepared: /healthz says 503 and interactions are refused. */
  ready(): HandleDeps | undefined;
  /** True once SIGTERM came: /healthz says 503 so that load balancers stop sending. */
  stopping(): boolean;
  /** What /healthz adds about this process (pid, worker). */
  readonly identity: Record<string, unknown>;
}

export interface Endpoint {
  readonly server: Server;
  /** Requests still being answered, follow-ups included (SIGTERM waits for them). */
  readonly inFlight: Set<Promise<void>>;
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

class TooLarge extends Error {
  /** The size the request declared, when that was what was too large; 0 for a body found too big. */
  constructor(readonly declared: number) {
    super('request body too large');
  }
}

// The largest declared body read to its end only to answer 413.
const DRAINED_BYTES = 8 * MAX_BODY_BYTES;

/** Reads a request to its end, dropping what it holds. */
function drained(req: IncomingMessage): Promise<void> {
  return new Promise((resolve) => {
    req
      .once('end', resolve)
      .once('close', resolve)
      .once('error', () => resolve());
    req.resume();
  });
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > MAX_BODY_BYTES) throw new TooLarge(declared);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new TooLarge(0);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/**
 * The first response goes back as the HTTP response; anything later through the webhook, as
 * does an answer with files (deferred in the response, then edited in with them).
 */
function httpResponder(res: ServerResponse, rest: REST, i: RawInteraction): Responder {
  const webhook = webhookAfterHttp(rest, i);
  return {
    async respond(response) {
      if (res.headersSent) throw new Error('the HTTP response was already sent');
      const { now, later } = answerOverHttp(response);
      json(res, 200, now);
      if (later) await webhook.editOriginal(later);
    },
    ...webhook,
  };
}

async function onInteraction(req: IncomingMessage, res: ServerResponse, deps: EndpointDeps) {
  let body: Buffer;
  try {
    body = await readBody(req);
  } catch (error) {
    if (!(error instanceof TooLarge)) throw error;
    // A declared size up to a few times the limit is read to its end and dropped before the 413
    // goes back: a client still writing when the answer comes sees its connection closed (EPIPE)
    // and never reads it. Anything larger, or a body that only turns out too big, is cut off with
    // the connection rather than read.
    if (error.declared > 0 && error.declared <= DRAINED_BYTES) await drained(req);
    else res.setHeader('connection', 'close');
    return json(res, 413, { error: `bodies are limited to ${MAX_BODY_BYTES} bytes` });
  }
  const check = checkSignature(deps.publicKey, req.headers, body);
  if (check !== 'ok') {
    // Discord's endpoint check sends bad signatures on purpose; nothing from the request is logged.
    deps.logger.info({ status: 401, reason: check }, 'refused request');
    return json(res, 401, { error: 'invalid request signature' });
  }
  let payload: unknown;
  try {
    payload = JSON.parse(body.toString('utf8'));
  } catch {
    return json(res, 400, { error: 'the body is not JSON' });
  }
  const parsed = interactionSchema.safeParse(payload);
  if (!parsed.success) return json(res, 400, { error: 'not an interaction' });
  const handleDeps = deps.ready();
  if (!handleDeps) {
    // Discord's check of the URL needs only a PONG; everything else waits for the story.
    if (parsed.data.type === InteractionType.Ping)
      return json(res, 200, { type: InteractionResponseType.Pong });
    return json(res, 503, { error: 'the story is being prepared' });
  }
  await handleInteraction(parsed.data, handleDeps, httpResponder(res, deps.rest, parsed.data));
}

/** The HTTP interactions endpoint: POST /interactions (signed by Discord) and GET /healthz. */
export function createEndpoint(deps: EndpointDeps): Endpoint {
  const inFlight = new Set<Promise<void>>();
  const server = createServer();
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0];
    const route = `${req.method} ${path}`;
    if (route === 'GET /healthz') {
      const status = deps.stopping() ? 'stopping' : deps.ready() ? 'ok' : 'preparing';
      return json(res, status === 'ok' ? 200 : 503, { status, ...deps.identity });
    }
    if (route !== 'POST /interactions') {
      const known = path === '/healthz' || path === '/interactions';
      return json(res, known ? 405 : 404, { error: known ? 'method not allowed' : 'not found' });
    }
    const handling = onInteraction(req, res, deps)
      .catch((error: unknown) => {
        deps.logger.error({ error: safeError(error) }, 'request failed');
        if (!res.headersSent) json(res, 500, { error: 'internal error' });
      })
      .finally(() => inFlight.delete(handling));
    inFlight.add(handling);
  });
  return { server, inFlight };
}
