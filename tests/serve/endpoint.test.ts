import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { REST } from '@discordjs/rest';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Command } from '../../src/commands/types.ts';
import { Cooldown } from '../../src/interactions/cooldown.ts';
import type { HandleDeps } from '../../src/interactions/handle.ts';
import { Latencies } from '../../src/interactions/latencies.ts';
import type { Story } from '../../src/retrieval/story.ts';
import { createEndpoint, type Endpoint } from '../../src/serve/server.ts';
import { publicKeyFromHex } from '../../src/serve/signature.ts';
import { http } from '../e2e/http-client.ts';
import { InteractionSigner } from '../e2e/standin/signing.ts';

const signer = new InteractionSigner();
const hello = {
  data: { name: 'hello', description: 'hello' },
  options: z.object({}),
  example: '/hello',
  execute: () => ({ title: 'Hello', items: [], empty: 'hi', data: {} }),
} as Command;
const state: { deps?: HandleDeps; stopping: boolean } = { stopping: false };
let endpoint: Endpoint;
let port: number;

const signedPost = (payload: unknown) => {
  const body = JSON.stringify(payload);
  return http(port, 'POST', '/interactions', { headers: signer.headers(body), body });
};
const interaction = (type: number, data?: unknown) => ({
  id: '11',
  application_id: '22',
  type,
  token: 'tok',
  member: { user: { id: '33' } },
  ...(data ? { data } : {}),
});

describe('the endpoint before, while and after it is ready', () => {
  beforeAll(async () => {
    endpoint = createEndpoint({
      publicKey: publicKeyFromHex(signer.publicKeyHex),
      rest: {} as REST,
      logger: pino({ level: 'silent' }),
      ready: () => state.deps,
      stopping: () => state.stopping,
      identity: { pid: 1 },
    });
    await new Promise<void>((resolve) => endpoint.server.listen(0, '127.0.0.1', resolve));
    port = (endpoint.server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => endpoint.server.close(() => resolve())));

  it('while the story is prepared: /healthz 503, PING answered, commands 503', async () => {
    expect(await http(port, 'GET', '/healthz')).toMatchObject({
      status: 503,
      body: { status: 'preparing', pid: 1 },
    });
    expect(await signedPost(interaction(1))).toMatchObject({ status: 200, body: { type: 1 } });
    expect((await signedPost(interaction(2, { name: 'hello', type: 1 }))).status).toBe(503);
  });

  it('refuses what is not a signed interaction', async () => {
    const body = 'not json';
    expect((await http(port, 'POST', '/interactions', { headers: signer.headers(body), body })).status).toBe(
      400,
    );
    expect((await signedPost({ type: 2 })).status).toBe(400);
    const big = { 'content-length': String(2 * 1024 * 1024), ...signer.headers('') };
    const tooLarge = await http(port, 'POST', '/interactions', {
      headers: big,
      body: Buffer.alloc(2 * 1024 * 1024),
    });
    expect(tooLarge.status).toBe(413);
    expect((await http(port, 'GET', '/nowhere')).status).toBe(404);
  });

  it('answers a declared oversize body with 413 only once it is read, so a client still writing reads it', async () => {
    const size = 2 * 1024 * 1024;
    const events: string[] = [];
    const status = await new Promise<number | undefined>((resolve, reject) => {
      const req = request(
        { port, method: 'POST', path: '/interactions', headers: { 'content-length': String(size) } },
        (res) => {
          events.push('answered');
          res.resume();
          resolve(res.statusCode);
        },
      );
      req.on('error', reject);
      req.write(Buffer.alloc(size / 2));
      setTimeout(() => {
        events.push('body sent');
        req.end(Buffer.alloc(size / 2));
      }, 200);
    });
    expect([status, ...events]).toEqual([413, 'body sent', 'answered']);
  });

  it('answers a body declared far over the limit with 413 at once, without reading it', async () => {
    const status = await new Promise<number | undefined>((resolve) => {
      const req = request(
        {
          port,
          method: 'POST',
          path: '/interactions',
          headers: { 'content-length': String(64 * 1024 * 1024) },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode);
          req.destroy();
        },
      );
      req.on('error', () => undefined);
      req.write(Buffer.alloc(1024));
    });
    expect(status).toBe(413);
  }, 5_000);

  it('once ready: /healthz 200 and commands answered; while stopping, /healthz 503', async () => {
    const context = { story: {} as Story, commands: [hello] };
    state.deps = {
      context,
      cooldown: new Cooldown(),
      logger: pino({ level: 'silent' }),
      deferAfterMs: 1500,
      latencies: new Latencies(),
      feedback: { save: async () => undefined },
    };
    expect(await http(port, 'GET', '/healthz')).toMatchObject({ status: 200, body: { status: 'ok' } });
    const answer = await signedPost(interaction(2, { name: 'hello', type: 1 }));
    expect(answer).toMatchObject({
      status: 200,
      body: { type: 4, data: { embeds: [{ title: 'Hello' }], allowed_mentions: { parse: [] } } },
    });
    state.stopping = true;
    expect(await http(port, 'GET', '/healthz')).toMatchObject({ status: 503, body: { status: 'stopping' } });
  });
});
