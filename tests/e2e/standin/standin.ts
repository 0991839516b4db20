import { createServer, type Server } from 'node:http';
import type { APIInteraction, APIMessage } from 'discord.js';
import { Faults } from './faults.ts';
import { makeUser, makeWorld, message } from './fixtures.ts';
import { Gateway } from './gateway.ts';
import { shardOf } from './guild.ts';
import { deliverOverHttp } from './http-delivery.ts';
import { nextSnowflake } from './ids.ts';
import { InteractionHandle } from './interaction-handle.ts';
import { type Channel, InteractionRoutes } from './interaction-routes.ts';
import * as build from './payloads.ts';
import { restHandler } from './rest.ts';
import { buildRoutes } from './routes.ts';
import { InteractionSigner } from './signing.ts';
import type { FailOptions, RestRequest, StandinOptions, TargetMessage, World } from './types.ts';

export type { FinalMessage, InteractionHandle, InteractionResponse } from './interaction-handle.ts';
export type { CommandOptions, InteractionOptions } from './payloads.ts';
export type * from './types.ts';

/** A fake Discord (REST under /api + gateway) on 127.0.0.1 for one discord.js bot. See README.md. */
export class DiscordStandin {
  readonly requests: RestRequest[] = [];
  readonly registered = new Map<string, unknown[]>();
  readonly interactions: InteractionHandle[] = [];
  /** Every message the bot's interactions made, by id, as it looks now (updated, edited, deleted). */
  readonly messages: Channel = new Map();
  readonly gateway: Gateway;
  /** The application's key pair: its public key is DISCORD_PUBLIC_KEY for `npm run serve`. */
  readonly signer = new InteractionSigner();
  /**
   * The Developer Portal's Interactions Endpoint URL. When set, interactions are POSTed there,
   * signed, instead of being sent on the gateway (as Discord does).
   */
  interactionsEndpoint: string | null = null;
  private readonly interactionRoutes: InteractionRoutes;
  private readonly faults = new Faults();
  private readonly commandIds = new Map<string, string>();
  private port = 0;

  constructor(
    readonly world: World,
    private readonly server: Server,
    options: StandinOptions,
  ) {
    const lookup = {
      byId: (id: string) => this.interactions.find((h) => h.id === id),
      byToken: (token: string) => this.interactions.find((h) => h.token === token),
    };
    const deadline = options.responseDeadlineMs ?? 3000;
    const interactions = new InteractionRoutes(world, lookup, deadline, this.messages);
    this.interactionRoutes = interactions;
    const gatewayUrl = (): string => this.gatewayUrl;
    const commandId = (name: string, type: number): string => this.commandId(name, type);
    const routes = buildRoutes({
      world,
      maxConcurrency: options.maxConcurrency ?? 1,
      interactions,
      lookup,
      registered: this.registered,
      commandId,
      gatewayUrl,
      interactionsEndpoint: () => this.interactionsEndpoint,
      setInteractionsEndpoint: (url) => {
        this.interactionsEndpoint = url;
      },
    });
    server.on('request', restHandler({ routes, faults: this.faults, requests: this.requests }));
    this.gateway = new Gateway(server, world, {
      heartbeatIntervalMs: options.heartbeatIntervalMs ?? 41_250,
      url: gatewayUrl,
    });
  }

  async listen(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    const address = this.server.address();
    if (address === null || typeof address === 'string') throw new Error('stand-in: not listening on TCP');
    this.port = address.port;
    return this;
  }

  /** The bot's DISCORD_API_URL (discord.js `rest.api`). */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}`;
  }

  waitForReady(timeoutMs = 10_000): Promise<void> {
    return this.gateway.waitForReady(timeoutMs);
  }

  sendCommand(name: string, options: build.CommandOptions = {}, opts: build.InteractionOptions = {}) {
    return this.send(build.chatInput(this.world, this.commandId(name, 1), name, options, opts));
  }

  /** `focused` names the option being typed (default: the first); raw option arrays carry `focused` themselves. */
  sendAutocomplete(
    name: string,
    options: build.CommandOptions,
    opts: build.InteractionOptions & { focused?: string } = {},
  ) {
    return this.send(
      build.autocomplete(this.world, this.commandId(name, 1), name, options, opts.focused, opts),
    );
  }

  /** Clicks a button; `message` is the message carrying it (default: a bot message with that one button). */
  sendButton(customId: string, opts: build.InteractionOptions & { message?: APIMessage } = {}) {
    const row = {
      type: 1 as const,
      components: [{ type: 2 as const, style: 1 as const, label: customId, custom_id: customId }],
    };
    const host =
      opts.message ?? message(this.world, { id: nextSnowflake(), content: 'Buttons', components: [row] });
    return this.send(build.button(this.world, customId, host, opts));
  }

  /**
   * Clicks the button labelled `label` (or with that custom_id) on a message the bot made, as
   * Discord does: with the message as it looks now. Throws when there is no such button.
   */
  clickButton(messageId: string, label: string, opts: build.InteractionOptions = {}) {
    const host = this.messages.get(messageId);
    if (!host) throw new Error(`stand-in: no message ${messageId}`);
    const rows = (host.components ?? []) as { components?: { label?: string; custom_id?: string }[] }[];
    const button = rows
      .flatMap((row) => row.components ?? [])
      .find((b) => b.label === label || b.custom_id === label);
    if (!button?.custom_id) throw new Error(`stand-in: no button "${label}" on ${messageId}`);
    return this.send(build.button(this.world, button.custom_id, host, opts));
  }

  /** Every problem Discord's API description found in a body the bot sent; each body was refused. */
  get specProblems(): readonly string[] {
    return this.interactionRoutes.specProblems;
  }

  sendMessageCommand(name: string, target: TargetMessage, opts: build.InteractionOptions = {}) {
    const a = target.author;
    const author =
      a === undefined ? makeUser(this.world.userId, 'someone') : makeUser(a.id, a.username, a.bot ?? false);
    const msg = message(this.world, {
      id: target.id ?? nextSnowflake(),
      content: target.content,
      author,
      ...(target.embeds ? { embeds: target.embeds } : {}),
    });
    return this.send(build.messageCommand(this.world, this.commandId(name, 3), name, msg, opts));
  }

  /** The next `times` (default 1) REST calls matching method + decoded path (e.g. /interactions\/.+\/callback/) fail. */
  failNext(method: string, path: RegExp, status: number, options: FailOptions = {}): void {
    this.faults.add(method, path, status, options);
  }

  /** Drops a shard's gateway socket; 4000 (default) → discord.js resumes; 1006 = no close frame. */
  disconnectGateway(
    code = 4000,
    options: { invalidateSession?: boolean; shard?: number } = {},
  ): Promise<void> {
    return this.gateway.disconnect(code, options.invalidateSession ?? false, options.shard ?? 0);
  }

  async close(): Promise<void> {
    await this.gateway.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private send(payload: APIInteraction): InteractionHandle {
    const handle = new InteractionHandle(payload);
    this.interactions.push(handle);
    if (this.interactionsEndpoint) {
      void deliverOverHttp(this.interactionsEndpoint, handle, this.signer, this.interactionRoutes);
      return handle;
    }
    // Discord sends a guild's events on the shard (guild_id >> 22) % shards; DMs on shard 0.
    const shard = payload.guild_id ? shardOf(payload.guild_id, this.world.shardCount) : 0;
    this.gateway.dispatch('INTERACTION_CREATE', payload, (at) => handle.markDispatched(at), shard);
    return handle;
  }

  private commandId(name: string, type: number): string {
    const key = `${type}:${name}`;
    const id = this.commandIds.get(key) ?? nextSnowflake();
    this.commandIds.set(key, id);
    return id;
  }
}

export async function startStandin(options: StandinOptions = {}): Promise<DiscordStandin> {
  return new DiscordStandin(makeWorld(options), createServer(), options).listen();
}
