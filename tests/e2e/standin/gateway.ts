import { once } from 'node:events';
import type { Server } from 'node:http';
import type { RawData, WebSocket } from 'ws';
import { WebSocketServer } from 'ws';
import { guildCreate, guildsOnShard, identifiedShard, ready } from './guild.ts';
import { isRecord } from './http-util.ts';
import { randomToken } from './ids.ts';
import type { GatewayLogEntry, GatewayStats, World } from './types.ts';
import { Signal } from './wait.ts';

const OP = { dispatch: 0, heartbeat: 1, identify: 2, resume: 6, invalidSession: 9, hello: 10, ack: 11 };

interface Session {
  id: string;
  /** [shard id, shard count] as identified. */
  shard: [number, number];
  seq: number;
  /** Sent dispatches, replayed on RESUME past the client's seq (as Discord does). */
  history: string[];
  valid: boolean;
}
interface Live {
  ws: WebSocket;
  session: Session;
}
interface Queued {
  shard: number;
  t: string;
  d: unknown;
  onSent: ((at: number) => void) | undefined;
}

export interface GatewayConfig {
  heartbeatIntervalMs: number;
  /** ws://127.0.0.1:PORT — known only once the server listens. */
  url: () => string;
}

/** Discord's gateway, v10 JSON, no compression; one live connection per shard (world.shardCount). */
export class Gateway {
  readonly stats: GatewayStats = {
    connections: 0,
    identifies: 0,
    resumes: 0,
    invalidSessions: 0,
    heartbeats: 0,
    intents: null,
    identified: [],
  };
  readonly log: GatewayLogEntry[] = [];
  private readonly wss: WebSocketServer;
  private readonly sessions = new Map<string, Session>();
  private readonly queue: Queued[] = [];
  private readonly signal = new Signal();
  /** The live connection of each shard id. */
  private readonly live = new Map<number, Live>();

  constructor(
    server: Server,
    private readonly world: World,
    private readonly config: GatewayConfig,
  ) {
    this.wss = new WebSocketServer({ server });
    this.wss.on('connection', (ws) => this.onConnection(ws));
  }

  /** Sends a dispatch on `shard` now if its session is live, else once it is (READY or RESUMED). */
  dispatch(t: string, d: unknown, onSent?: (at: number) => void, shard = 0): void {
    this.queue.push({ shard, t, d, onSent });
    this.flush();
  }

  /** Resolves once every shard has a live session. */
  async waitForReady(timeoutMs = 10_000): Promise<void> {
    const count = this.world.shardCount;
    const describe = (): string =>
      `${this.live.size} of ${count} shard(s) live (${JSON.stringify(this.stats)})`;
    await this.signal.waitFor(() => (this.live.size === count ? true : undefined), timeoutMs, describe);
  }

  /** Closes a shard's socket: 1006 = abrupt (terminate), 4000 etc. = close frame with that code. */
  async disconnect(code = 4000, invalidateSession = false, shard = 0): Promise<void> {
    const live = this.live.get(shard);
    if (!live) throw new Error(`stand-in: no live gateway connection on shard ${shard} to disconnect`);
    this.live.delete(shard);
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
      for (const [shard, live] of this.live) if (live.ws === ws) this.live.delete(shard);
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
    const shard = identifiedShard(d.shard, this.world.shardCount);
    if (typeof shard === 'string') {
      ws.close(
        shard === 'invalid' ? 4010 : 4011,
        shard === 'invalid' ? 'Invalid shard.' : 'Sharding required.',
      );
      return;
    }
    this.stats.identifies += 1;
    this.stats.intents = typeof d.intents === 'number' ? d.intents : null;
    this.stats.identified.push(shard);
    const session: Session = { id: randomToken(16), shard, seq: 0, history: [], valid: true };
    this.sessions.set(session.id, session);
    const live = { ws, session };
    this.live.set(shard[0], live);
    this.sendDispatch(live, 'READY', ready(this.world, session.id, this.config.url(), shard));
    for (const guild of guildsOnShard(this.world, shard[0])) {
      this.sendDispatch(live, 'GUILD_CREATE', guildCreate(this.world, guild));
    }
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
    const live = { ws, session };
    this.live.set(session.shard[0], live);
    this.sendDispatch(live, 'RESUMED', {});
    this.flush();
    this.signal.notify();
  }

  private flush(): void {
    // A socket the bot is closing is not live: keep the queue for the next READY/RESUMED.
    for (const [shard, live] of this.live) if (live.ws.readyState !== live.ws.OPEN) this.live.delete(shard);
    for (const next of [...this.queue]) {
      const live = this.live.get(next.shard);
      if (!live) continue;
      this.queue.splice(this.queue.indexOf(next), 1);
      this.sendDispatch(live, next.t, next.d);
      next.onSent?.(Date.now());
    }
  }

  private sendDispatch(live: Live, t: string, d: unknown): void {
    const { ws, session } = live;
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
