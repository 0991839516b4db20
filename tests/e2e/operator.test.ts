import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPayloads } from '../../src/commands/payload.ts';
import { commands } from '../../src/commands/registry.ts';
import { type BotProcess, spawnBot } from './standin/bot-process.ts';
import { type DiscordStandin, startStandin } from './standin/standin.ts';

const run = promisify(execFile);
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const TOKEN = 'MTIzNDU2Nzg5.standin.operator-token';

let d: DiscordStandin;

async function runScript(script: string, env: Record<string, string>, args: string[] = []) {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', script, ...args], {
      env: { ...process.env, ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

describe('operating the bot', () => {
  beforeAll(async () => {
    d = await startStandin({ heartbeatIntervalMs: 1000 });
  });
  afterAll(async () => {
    await d?.close();
  });

  it('npm run register bulk-overwrites valid commands to the test guild, or globally with --global', async () => {
    const env = { DISCORD_API_URL: d.apiUrl, DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: d.world.applicationId };
    const guild = await runScript(here('../../src/bot/register.ts'), {
      ...env,
      DISCORD_GUILD_ID: d.world.guildId,
    });
    expect(guild.stdout).toContain(`Registered ${commands.length} commands guild ${d.world.guildId}`);
    const body = d.registered.get(d.world.guildId) ?? [];
    expect(body.map((c) => (c as { name: string }).name)).toEqual(commands.map((c) => c.data.name));
    expect(checkPayloads(body)).toEqual([]);
    // Every command that answers in the channel can be asked privately: a Boolean `hide`, last.
    const hideable = body.filter((c) => {
      const last = (c as { options?: { name: string; type: number; required?: boolean }[] }).options?.at(-1);
      return last?.name === 'hide' && last.type === 5 && last.required !== true;
    });
    expect(hideable.map((c) => (c as { name: string }).name)).toEqual([
      'ask',
      'who-said',
      'timeline',
      'compare',
      'sources',
    ]);
    const global = await runScript(
      here('../../src/bot/register.ts'),
      { ...env, DISCORD_GUILD_ID: d.world.guildId },
      ['--global'],
    );
    expect(global.code).toBe(0);
    expect(d.registered.get('global')).toHaveLength(commands.length);
  });

  it('npm run register --endpoint sets the Interactions Endpoint URL; "none" clears it', async () => {
    const env = { DISCORD_API_URL: d.apiUrl, DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: d.world.applicationId };
    const script = here('../../src/bot/register.ts');
    const set = await runScript(script, env, ['--endpoint', 'https://bot.example.com/interactions']);
    expect(set.stdout).toContain('Interactions Endpoint URL set to https://bot.example.com/interactions');
    expect(d.interactionsEndpoint).toBe('https://bot.example.com/interactions');
    const cleared = await runScript(script, env, ['--endpoint', 'none']);
    expect(cleared.stdout).toContain('Interactions Endpoint URL cleared');
    expect(d.interactionsEndpoint).toBeNull();
  });

  it('npm run serve without DISCORD_PUBLIC_KEY exits non-zero with one clear line', async () => {
    const result = await runScript(here('../../src/serve/main.ts'), { DISCORD_PUBLIC_KEY: '' });
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^Cannot start the endpoint: DISCORD_PUBLIC_KEY: is missing; .*Public Key/u),
    ]);
  });

  it('npm start without DISCORD_TOKEN exits non-zero with one clear line', async () => {
    const result = await runScript(here('../../src/bot/main.ts'), { DISCORD_TOKEN: '' });
    expect(result.code).not.toBe(0);
    expect(result.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^Cannot start the bot: DISCORD_TOKEN: .*\.env/u),
    ]);
  });

  describe('a handler that throws', () => {
    let bot: BotProcess;
    beforeAll(async () => {
      bot = spawnBot(here('./fixtures/faulty-bot.ts'), { DISCORD_API_URL: d.apiUrl, DISCORD_TOKEN: TOKEN });
      // As generous as the other bots' start-up waits: the whole suite loads a shared machine.
      await bot.waitForLine((l) => l.msg === 'ready', 60_000);
    }, 70_000);
    afterAll(async () => {
      await bot?.stop();
    });

    it('becomes an ephemeral "something went wrong" and a log line; the bot keeps answering', async () => {
      const final = await d.sendCommand('boom', {}, { userId: '930000000000000001' }).waitForFinal();
      expect(final.ephemeral).toBe(true);
      expect(final.embeds?.[0]?.title).toBe('Something went wrong');
      const logged = await bot.waitForLine((l) => l.msg === 'interaction failed');
      expect(logged).toMatchObject({ command: 'boom' });
      const next = await d.sendCommand('sources', {}, { userId: '930000000000000002' }).waitForFinal();
      expect(next.embeds?.[0]?.title).toContain('articles');
    });
  });
});
