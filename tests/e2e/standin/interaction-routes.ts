import type { APIMessage } from 'discord.js';
import { apiError, isRecord, json, type RouteResult, type Upload } from './http-util.ts';
import type { InteractionHandle, ResponseData } from './interaction-handle.ts';
import { applyData, loadingMessage, webhookMessage } from './messages.ts';
import { specCheck } from './spec/spec.ts';
import type { World } from './types.ts';
import { validateChoices, validateMessage, validateSpec } from './validate.ts';

export interface InteractionLookup {
  byId(id: string): InteractionHandle | undefined;
  byToken(token: string): InteractionHandle | undefined;
}

/** Callback types each interaction type accepts (2 command, 3 component, 4 autocomplete). */
const ALLOWED: Record<number, number[]> = { 2: [4, 5, 9], 3: [4, 5, 6, 7, 9], 4: [8] };
const UNKNOWN_INTERACTION = apiError(404, 10062, 'Unknown interaction');
const UNKNOWN_WEBHOOK = apiError(404, 10015, 'Unknown Webhook');
const UNKNOWN_MESSAGE = apiError(404, 10008, 'Unknown Message');

export const asData = (value: unknown): ResponseData => (isRecord(value) ? (value as ResponseData) : {});

/** The channel's messages as they look now, by id (ephemeral ones too: each seen by one user). */
export type Channel = Map<string, APIMessage>;

/** The interaction-token routes: initial callback, and the webhook for edits and follow-ups. */
export class InteractionRoutes {
  /** Every problem Discord's API description found in a body the bot sent (each was refused). */
  readonly specProblems: string[] = [];
  private readonly spec = specCheck();

  constructor(
    private readonly world: World,
    private readonly lookup: InteractionLookup,
    private readonly deadlineMs: number,
    private readonly channel: Channel,
  ) {}

  callback(id: string, token: string, body: unknown, uploads: Upload[], withResponse: boolean): RouteResult {
    const h = this.lookup.byId(id);
    if (!h || h.token !== token) return UNKNOWN_INTERACTION;
    const type = isRecord(body) && typeof body.type === 'number' ? body.type : null;
    const data = asData(isRecord(body) ? body.data : undefined);
    const answer = (result: RouteResult, messageId: string | null = null): RouteResult => {
      h.record({ kind: 'callback', type, data, files: uploads, messageId, status: result.status });
      return result;
    };
    if (type === null || !(ALLOWED[h.payload.type] ?? []).includes(type)) {
      return answer(apiError(400, 50035, `Invalid Form Body (callback type ${type})`));
    }
    if (h.callback) return answer(apiError(400, 40060, 'Interaction has already been acknowledged.'));
    if (h.dispatchedAt !== null && Date.now() - h.dispatchedAt > this.deadlineMs)
      return answer(UNKNOWN_INTERACTION);
    // Discord's own messages for its limits first; then anything else its API description refuses.
    const invalid =
      (type === 8 ? validateChoices(data) : validateMessage(data, 'data', uploads, type === 4)) ??
      validateSpec(this.spec, 'InteractionCallback', body, this.specProblems);
    if (invalid) return answer(invalid);
    const message = this.responseMessage(h, type, data, uploads);
    h.original = message;
    if (message && type !== 6) this.channel.set(message.id, message);
    if (!withResponse) return answer({ status: 204 }, message?.id ?? null);
    const interaction = {
      id: h.id,
      type: h.payload.type,
      ...(message && { response_message_id: message.id, response_message_loading: type === 5 }),
      ...(message && { response_message_ephemeral: ((message.flags ?? 0) & 64) !== 0 }),
    };
    return answer(json(200, { interaction, resource: { type, ...(message && { message }) } }), message?.id);
  }

  followUp(appId: string, token: string, body: unknown, uploads: Upload[]): RouteResult {
    const h = this.handle(appId, token);
    if (!h?.callback) return UNKNOWN_WEBHOOK;
    const data = asData(body);
    const invalid =
      validateMessage(data, '', uploads, true) ??
      validateSpec(this.spec, 'WebhookFollowUp', body, this.specProblems);
    const msg = invalid ? null : webhookMessage(this.world, data, 0, uploads);
    if (msg) h.followups.push(msg);
    if (msg) this.channel.set(msg.id, msg);
    const result = invalid ?? json(200, msg);
    h.record({
      kind: 'followup',
      type: null,
      data,
      files: uploads,
      messageId: msg?.id ?? null,
      status: result.status,
    });
    return result;
  }

  getMessage(appId: string, token: string, messageId: string): RouteResult {
    const h = this.handle(appId, token);
    if (!h) return UNKNOWN_WEBHOOK;
    const msg = this.find(h, messageId);
    return msg ? json(200, msg) : UNKNOWN_MESSAGE;
  }

  editMessage(
    appId: string,
    token: string,
    messageId: string,
    body: unknown,
    uploads: Upload[],
  ): RouteResult {
    const h = this.handle(appId, token);
    if (!h) return UNKNOWN_WEBHOOK;
    const data = asData(body);
    const target = this.find(h, messageId);
    const invalid = target
      ? (validateMessage(data, '', uploads, false) ??
        validateSpec(this.spec, 'WebhookEdit', body, this.specProblems))
      : UNKNOWN_MESSAGE;
    const edited = target && !invalid ? applyData(target, data, uploads, true) : null;
    if (edited) this.replace(h, edited);
    if (edited) this.channel.set(edited.id, edited);
    const result = invalid ?? json(200, edited);
    h.record({ kind: 'edit', type: null, data, files: uploads, messageId, status: result.status });
    return result;
  }

  deleteMessage(appId: string, token: string, messageId: string): RouteResult {
    const h = this.handle(appId, token);
    if (!h) return UNKNOWN_WEBHOOK;
    const target = this.find(h, messageId);
    if (target && h.original?.id === target.id) h.original = null;
    const index = h.followups.findIndex((m) => m.id === target?.id);
    if (index >= 0) h.followups.splice(index, 1);
    if (target) this.channel.delete(target.id);
    const result = target ? { status: 204 } : UNKNOWN_MESSAGE;
    h.record({ kind: 'delete', type: null, data: {}, messageId, status: result.status });
    return result;
  }

  private responseMessage(h: InteractionHandle, type: number, data: ResponseData, uploads: Upload[]) {
    const p = h.payload;
    const kind = p.type === 2 ? (p.data.type === 1 ? 20 : 23) : 0;
    if (type === 4) return webhookMessage(this.world, data, kind, uploads);
    if (type === 5) return loadingMessage(this.world, data.flags ?? 0, kind);
    const host = p.type === 3 ? p.message : undefined;
    if (type === 6) return host ?? null;
    if (type === 7 && host) return applyData(host, data, uploads, true);
    return null;
  }

  private handle(appId: string, token: string): InteractionHandle | undefined {
    return appId === this.world.applicationId ? this.lookup.byToken(token) : undefined;
  }

  private find(h: InteractionHandle, messageId: string): APIMessage | undefined {
    if (messageId === '@original' || messageId === h.original?.id) return h.original ?? undefined;
    return h.followups.find((m) => m.id === messageId);
  }

  private replace(h: InteractionHandle, msg: APIMessage): void {
    if (h.original?.id === msg.id) h.original = msg;
    const index = h.followups.findIndex((m) => m.id === msg.id);
    if (index >= 0) h.followups[index] = msg;
  }
}
