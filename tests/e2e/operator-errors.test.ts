import { execFile } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { startStandin } from './standin/standin.ts';

const run = promisify(execFile);
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const MAIN = here('../../src/bot/main.ts');
const REGISTER = here('../../src/bot/register.ts');
const TOKEN = 'MTIzNDU2Nzg5.standin.operator-errors-token';

/** Runs a script to its end: exit code and the lines of standard error. */
async function runScript(script: string, env: Record<string, string>) {
  try {
    await run(process.execPath, ['--import', 'tsx', script], {
      env: { ...process.env, DISCORD_TOKEN: TOKEN, DISCORD_GUILD_ID: '', ...env },
    });
    return { code: 0, lines: [] as string[] };
  } catch (error) {
    const failed = error as { code?: number; stderr?: string };
    return { code: failed.code ?? -1, lines: (failed.stderr ?? '').trim().split('\n') };
  }
}

/** A port nothing listens on: one the system just handed out and took back. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Runs the script against a stand-in that answers the route with `status` once. */
async function withStatus(script: string, method: string, route: RegExp, status: number) {
  const d = await startStandin();
  try {
    d.failNext(method, route, status);
    return await runScript(script, { DISCORD_API_URL: d.apiUrl, DISCORD_CLIENT_ID: d.world.applicationId });
  } finally {
    await d.close();
  }
}

const NETWORK =
  /cannot reach 127\.0\.0\.1:\d+ \(ECONNREFUSED: connection refused\)\. This is a network problem:/u;
const TOKEN_REJECTED = /Discord rejected the bot token \(401 Unauthorized\)\. Copy a new one/u;
const FORBIDDEN =
  /Discord refused access \(403 Forbidden\): the token is valid but lacks a permission or scope/u;

// One process at a time: each starts in a few seconds alone, far slower side by side on two cores.
describe('operator errors name the real cause, in one line with exit 1', { timeout: 60_000 }, () => {
  it('npm start against an unreachable API: a network problem, not the token', async () => {
    const result = await runScript(MAIN, { DISCORD_API_URL: `http://127.0.0.1:${await closedPort()}/api` });
    expect(result.code).toBe(1);
    expect(result.lines).toEqual([
      expect.stringMatching(new RegExp(`^Cannot log in to Discord: ${NETWORK.source}`, 'u')),
    ]);
    expect(result.lines[0]).not.toMatch(/token/iu);
  });

  it('npm start with a token Discord rejects', async () => {
    const result = await withStatus(MAIN, 'GET', /^\/gateway\/bot$/u, 401);
    expect(result).toEqual({ code: 1, lines: [expect.stringMatching(TOKEN_REJECTED)] });
  });

  it('npm start refused access', async () => {
    const result = await withStatus(MAIN, 'GET', /^\/gateway\/bot$/u, 403);
    expect(result).toEqual({ code: 1, lines: [expect.stringMatching(FORBIDDEN)] });
  });

  it('npm run register against an unreachable API', async () => {
    const result = await runScript(REGISTER, {
      DISCORD_API_URL: `http://127.0.0.1:${await closedPort()}/api`,
      DISCORD_CLIENT_ID: '123456789012345678',
    });
    expect(result).toEqual({
      code: 1,
      lines: [expect.stringMatching(new RegExp(`^Registration failed: ${NETWORK.source}`, 'u'))],
    });
  });

  it('npm run register with a rejected token', async () => {
    const result = await withStatus(REGISTER, 'PUT', /\/commands$/u, 401);
    expect(result).toEqual({ code: 1, lines: [expect.stringMatching(TOKEN_REJECTED)] });
  });

  it('npm run register without the applications.commands scope', async () => {
    const result = await withStatus(REGISTER, 'PUT', /\/commands$/u, 403);
    expect(result).toEqual({ code: 1, lines: [expect.stringMatching(/^Registration failed: /u)] });
    expect(result.lines[0]).toMatch(FORBIDDEN);
  });
});
