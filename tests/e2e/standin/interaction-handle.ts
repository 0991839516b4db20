import type {
  APIApplicationCommandOptionChoice,
  APIInteraction,
  APIInteractionResponseCallbackData,
  APIMessage,
} from 'discord.js';
import type { Upload } from './http-util.ts';
import { Signal } from './wait.ts';

/** Body data the bot sent: message fields, autocomplete `choices`, or anything else. */
export interface ResponseData extends Partial<APIInteractionResponseCallbackData> {
  choices?: APIApplicationCommandOptionChoice[];
  [key: string]: unknown;
}

export type ResponseKind = 'callback' | 'edit' | 'followup' | 'delete';

export interface InteractionResponse {
  kind: ResponseKind;
  /** Callback type: 4 reply, 5 defer, 6 defer update, 7 update, 8 autocomplete, 9 modal. null for webhooks. */
  type: number | null;
  data: ResponseData;
  /** The files uploaded with it (multipart parts files[n]), bytes included. */
  files: Upload[];
  /** Message the call created or targeted (edit/delete: as addressed, e.g. '@original'). */
  messageId: string | null;
  /** HTTP status the stand-in answered; `accepted` = 2xx. Rejected/injected failures are kept too. */
  status: number;
  accepted: boolean;
  at: number;
  /** ms from dispatch on the gateway to this call. */
  ms: number;
}

/**
 * The message a user finally sees: callback data (4/7/8) or, after a defer (5/6), the first edit,
 * or the private follow-up that replaces a deleted "thinking…".
 */
export type FinalMessage = ResponseData & {
  via: 'callback' | 'edit' | 'followup';
  /** The files uploaded with that callback or edit. */
  files: Upload[];
  callbackType: number;
  /** Defer flags | edit flags; 64 = ephemeral. */
  flags: number;
  ephemeral: boolean;
  ms: number;
};

const EPHEMERAL = 64;
const DEFERRED = new Set([5, 6]);

export class InteractionHandle {
  readonly responses: InteractionResponse[] = [];
  /** Date.now() when the INTERACTION_CREATE went out on the gateway; null while queued. */
  dispatchedAt: number | null = null;
  /** What the channel shows now: the original response (null before / after deletion)... */
  original: APIMessage | null = null;
  /** ...and the follow-ups, as last edited. */
  readonly followups: APIMessage[] = [];
  private readonly signal = new Signal();

  constructor(readonly payload: APIInteraction) {}

  get id(): string {
    return this.payload.id;
  }

  get token(): string {
    return this.payload.token;
  }

  markDispatched(at: number): void {
    this.dispatchedAt = at;
    this.signal.notify();
  }

  record(
    entry: Omit<InteractionResponse, 'at' | 'ms' | 'accepted' | 'files'> & { files?: Upload[] },
  ): InteractionResponse {
    const at = Date.now();
    const files = entry.files ?? [];
    const full = { ...entry, files, accepted: entry.status < 300, at, ms: at - (this.dispatchedAt ?? at) };
    this.responses.push(full);
    this.signal.notify();
    return full;
  }

  /** The first accepted initial callback. */
  get callback(): InteractionResponse | undefined {
    return this.responses.find((r) => r.kind === 'callback' && r.accepted);
  }

  waitForResponse(timeoutMs = 5000): Promise<InteractionResponse> {
    return this.signal.waitFor(
      () => this.callback,
      timeoutMs,
      () => this.describe('a callback'),
    );
  }

  waitForFinal(timeoutMs = 5000): Promise<FinalMessage> {
    return this.signal.waitFor(
      () => this.final(),
      timeoutMs,
      () => this.describe('a final message'),
    );
  }

  private final(): FinalMessage | undefined {
    const cb = this.callback;
    if (cb?.type == null) return undefined;
    const cbFlags = cb.data.flags ?? 0;
    if (!DEFERRED.has(cb.type)) return finalOf(cb, 'callback', cb.type, cbFlags);
    const edit = this.responses.find(
      (r) => r.kind === 'edit' && r.accepted && r.messageId === '@original' && r.at >= cb.at,
    );
    if (edit) return finalOf(edit, 'edit', cb.type, cbFlags | (edit.data.flags ?? 0));
    // A notice after a public "thinking…": the original deleted, the notice followed up privately.
    const deleted = this.responses.find((r) => r.kind === 'delete' && r.accepted && r.at >= cb.at);
    const followUp =
      deleted && this.responses.find((r) => r.kind === 'followup' && r.accepted && r.at >= deleted.at);
    return followUp && finalOf(followUp, 'followup', cb.type, followUp.data.flags ?? 0);
  }

  private describe(what: string): string {
    const sent = this.dispatchedAt === null ? 'never dispatched (no gateway session?)' : 'dispatched';
    const seen = this.responses.map((r) => `${r.kind}${r.type ?? ''}→${r.status}@${r.ms}ms`).join(', ');
    return `interaction ${this.id} ${sent}; waiting for ${what}; saw [${seen}]`;
  }
}

function finalOf(
  r: InteractionResponse,
  via: FinalMessage['via'],
  type: number,
  flags: number,
): FinalMessage {
  const ephemeral = (flags & EPHEMERAL) !== 0;
  return { ...r.data, via, files: r.files, callbackType: type, flags, ephemeral, ms: r.ms };
}
