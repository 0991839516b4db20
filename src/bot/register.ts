import { parseArgs } from 'node:util';
import { REST, Routes } from 'discord.js';
import { z } from 'zod';
import { checkPayloads } from '../commands/payload.ts';
import { commands } from '../commands/registry.ts';
import { escapeTerminal } from '../render/escape.ts';
import { type BotEnv, readBotEnv } from './env.ts';
import { describeFailure } from './operator-errors.ts';

// `npm run register [-- --global]`: bulk-overwrites the commands, to the test guild when
// DISCORD_GUILD_ID is set (instant) or globally (up to an hour to appear). Never run on ready.
// `--dev` (used by `npm run dev`) insists on the test guild. The commands are the same for the
// gateway bot and the HTTP endpoint; `--endpoint URL` also sets the application's Interactions
// Endpoint URL (Discord then sends interactions there, not on the gateway; it checks the URL at
// once, so `npm run serve` must be reachable), `--endpoint none` clears it (back to the gateway).
function fail(message: string): never {
  process.stderr.write(`${escapeTerminal(message)}\n`);
  process.exit(1);
}

/** Sends the registry's commands; returns the line to print. */
async function register(env: BotEnv, global: boolean): Promise<string> {
  const body = commands.map((c) => c.data);
  const rest = new REST({ version: '10', api: env.DISCORD_API_URL }).setToken(env.DISCORD_TOKEN);
  const applicationId =
    env.DISCORD_CLIENT_ID ?? ((await rest.get(Routes.currentApplication())) as { id: string }).id;
  const guildId = global ? undefined : env.DISCORD_GUILD_ID;
  const route = guildId
    ? Routes.applicationGuildCommands(applicationId, guildId)
    : Routes.applicationCommands(applicationId);
  const saved = (await rest.put(route, { body })) as unknown[];
  const where = guildId ? `guild ${guildId}` : 'globally (may take up to an hour to appear)';
  return `Registered ${saved.length} commands ${where}: ${body.map((c) => `/${c.name}`).join(' ')}`;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { global: { type: 'boolean' }, dev: { type: 'boolean' }, endpoint: { type: 'string' } },
    strict: true,
  });
  const read = readBotEnv();
  if (!read.ok) fail(`Cannot register commands: ${read.message}`);
  const { env } = read;
  if (values.dev && !env.DISCORD_GUILD_ID) {
    fail('Dev mode needs DISCORD_GUILD_ID: the id of your private test guild (see .env.example).');
  }
  const problems = checkPayloads(commands.map((c) => c.data));
  if (problems.length > 0) fail(`Invalid command definitions:\n${problems.join('\n')}`);
  try {
    process.stdout.write(`${await register(env, values.global === true)}\n`);
    if (values.endpoint !== undefined) await setEndpoint(env, values.endpoint);
  } catch (error) {
    // Network, token or permissions: each named as such, with what to do (never the token).
    fail(describeFailure(error, 'Registration failed', env.DISCORD_API_URL, [env.DISCORD_TOKEN]));
  }
}

async function setEndpoint(env: BotEnv, endpoint: string): Promise<void> {
  const url = endpoint === 'none' ? null : endpoint;
  if (url !== null && !z.url({ protocol: /^https?$/u }).safeParse(url).success) {
    fail(`--endpoint must be the public URL of POST /interactions (https://…) or "none"; got "${url}".`);
  }
  const rest = new REST({ version: '10', api: env.DISCORD_API_URL }).setToken(env.DISCORD_TOKEN);
  await rest.patch(Routes.currentApplication(), { body: { interactions_endpoint_url: url } });
  process.stdout.write(
    url
      ? `Interactions Endpoint URL set to ${url}: Discord now sends interactions there, not on the gateway.\n`
      : 'Interactions Endpoint URL cleared: Discord sends interactions on the gateway again.\n',
  );
}

main().catch((error: unknown) =>
  fail(`Registration failed: ${error instanceof Error ? error.message : String(error)}`),
);
