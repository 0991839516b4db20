import { once } from 'node:events';
import type { Server } from 'node:http';
import type { RawData, WebSocket } from 'ws';
import { WebSocketServer } from 'ws';
import { guildCreate, ready } from './guild.ts';
import { isRecord } from './http-util.ts';
import { randomToken } from './ids.ts';
import type { GatewayLogEntry, GatewayStats, World } from './types.ts';
import { Signal } from './wait.ts';

const OP = { dispatch: 0, heartbeat: 1, identify: 2, resume: 6, invalidSession: 9, hello: 10, ack: 11 };

interface Session {
  id: string;
  seq: number;
  /** Sent dispatches, replayed on RESUME past the client's seq (as Discord does). */
  history: string[];
  valid: boolean;
}
interface Queued {
  t: string;
  d: unknown;
  onSent: ((at: number) => void) | undefined;
}

export interface GatewayConfig {
  heartbeatIntervalMs: number;
  /** ws://127.0.0.1:PORT — known only once the server listens. */
  url: () => string;
}

/** Discord's gateway, v10 JSON, no compression, one shard; one live bot connection at a time. */
export class Gateway {
  readonly stats: GatewayStats = {
    connections: 0,
    identifies: 0,
    resumes: 0,
    invalidSessions: 0,
    heartbeats: 0,
    intents: null,
  };
  readonly log: GatewayLogEntry[] = [];
  private readonly wss: WebSocketServer;
  private readonly sessions = new Map<string, Session>();
  private readonly queue: Queued[] = [];
  private readonly signal = new Signal();
  private live: { ws: WebSocket; session: Session } | null = null;

  constructor(
    server: Server,
    private readonly world: World,
    private readonly config: GatewayConfig,
  ) {
    this.wss = new WebSocketServer({ server });
    this.wss.on('connection', (ws) => this.onConnection(ws));
  }

  /** Sends a dispatch now if a session is live, else once one is (READY or RESUMED). */
  dispatch(t: string, d: unknown, onSent?: (at: number) => void): void {
    this.queue.push({ t, d, onSent });
    this.flush();
  }

  async waitForReady(timeoutMs = 10_000): Promise<void> {
    const describe = (): string => `no live gateway session (${JSON.stringify(this.stats)})`;
    await this.signal.waitFor(() => (this.live ? true : undefined), timeoutMs, describe);
  }

  /** Closes the bot's socket: 1006 = abrupt (terminate), 4000 etc. = close frame with that code. */
  async disconnect(code = 4000, invalidateSession = false): Promise<void> {
    const live = this.live;
    if (!live) throw new Error('stand-in: no live gateway connection to disconnect');
    this.live = null;
    if (invalidateSession) live.session.valid = false;
    const closed = once(live.ws, 'close');
    if (code === 1006) live.ws.terminate();
    else live.ws.close(code, 'stand-in disconnect');
    await closed;
  }

  async close(): Promise<void> {
    for (const ws of this.wss.clients) ws.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }

  private onConnection(ws: WebSocket): void {
    this.stats.connections += 1;
    ws.on('message', (raw) => this.onPayload(ws, raw));
    ws.on('close', () => {
      if (this.live?.ws === ws) this.live = null;
    });
    this.send(ws, { op: OP.hello, d: { heartbeat_interval: this.config.heartbeatIntervalMs } });
  }

  private onPayload(ws: WebSocket, raw: RawData): void {
    let payload: unknown;
    try {
      payload = JSON.parse(raw.toString());
    } catch {
      payload = undefined;
    }
    if (!isRecord(payload) || typeof payload.op !== 'number') {
      ws.close(4002, 'Error while decoding payload.');
      return;
    }
    this.log.push({ at: Date.now(), dir: 'in', op: payload.op });
    const d = isRecord(payload.d) ? payload.d : {};
    if (payload.op === OP.heartbeat) {
      this.stats.heartbeats += 1;
      this.send(ws, { op: OP.ack });
    } else if (payload.op === OP.identify) this.identify(ws, d);
    else if (payload.op === OP.resume) this.resume(ws, d);
  }

  private identify(ws: WebSocket, d: Record<string, unknown>): void {
    if (typeof d.token !== 'string' || d.token === '') {
      ws.close(4004, 'Authentication failed.');
      return;
    }
    this.stats.identifies += 1;
    this.stats.intents = typeof d.intents === 'number' ? d.intents : null;
    const session: Session = { id: randomToken(16), seq: 0, history: [], valid: true };
    this.sessions.set(session.id, session);
    this.live = { ws, session };
    this.sendDispatch('READY', ready(this.world, session.id, this.config.url()));
    this.sendDispatch('GUILD_CREATE', guildCreate(this.world));
    this.flush();
    this.signal.notify();
  }

  private resume(ws: WebSocket, d: Record<string, unknown>): void {
    this.stats.resumes += 1;
    const session = typeof d.session_id === 'string' ? this.sessions.get(d.session_id) : undefined;
    if (!session?.valid) {
      this.stats.invalidSessions += 1;
      this.send(ws, { op: OP.invalidSession, d: false });
      return;
    }
    const seen = typeof d.seq === 'number' ? d.seq : 0;
    for (const [index, frame] of session.history.entries()) if (index + 1 > seen) ws.send(frame);
    this.live = { ws, session };
    this.sendDispatch('RESUMED', {});
    this.flush();
    this.signal.notify();
  }

  private flush(): void {
    // A socket the bot is closing is not live: keep the queue for the next READY/RESUMED.
    if (this.live && this.live.ws.readyState !== this.live.ws.OPEN) this.live = null;
    while (this.live && this.queue.length > 0) {
      const next = this.queue.shift();
      if (!next) break;
      this.sendDispatch(next.t, next.d);
      next.onSent?.(Date.now());
    }
  }

  private sendDispatch(t: string, d: unknown): void {
    if (!this.live) return;
    const { ws, session } = this.live;
    session.seq += 1;
    const frame = JSON.stringify({ op: OP.dispatch, s: session.seq, t, d });
    session.history.push(frame);
    ws.send(frame);
    this.log.push({ at: Date.now(), dir: 'out', op: OP.dispatch, t });
  }

  private send(ws: WebSocket, payload: { op: number; d?: unknown }): void {
    ws.send(JSON.stringify({ d: null, ...payload }));
    this.log.push({ at: Date.now(), dir: 'out', op: payload.op });
  }
}
