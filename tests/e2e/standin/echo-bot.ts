/**
 * A throwaway discord.js bot for the stand-in's smoke test. Logs one JSON line per event on stdout.
 * Env: DISCORD_API_URL (the stand-in's apiUrl), DISCORD_TOKEN (anything).
 */
import { Client, Events, GatewayIntentBits, type Interaction, MessageFlags } from 'discord.js';

const log = (event: string, extra: Record<string, unknown> = {}): void => {
  process.stdout.write(`${JSON.stringify({ event, ...extra })}\n`);
};

const api = process.env.DISCORD_API_URL;
if (!api) throw new Error('DISCORD_API_URL is not set');
const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api } });
const noMentions = { parse: [] };

async function handle(interaction: Interaction): Promise<void> {
  if (interaction.isAutocomplete()) {
    const typed = String(interaction.options.getFocused());
    await interaction.respond([
      { name: `alpha ${typed}`.trim(), value: 'alpha' },
      { name: `beta ${typed}`.trim(), value: 'beta' },
    ]);
  } else if (interaction.isButton()) {
    await interaction.update({ content: `clicked ${interaction.customId}`, components: [] });
  } else if (interaction.isMessageContextMenuCommand()) {
    const quoted = interaction.targetMessage.content;
    await interaction.reply({
      content: `quoted: ${quoted}`,
      flags: MessageFlags.Ephemeral,
      allowedMentions: noMentions,
    });
  } else if (interaction.isChatInputCommand()) {
    const name = interaction.commandName;
    if (name === 'slow') {
      await interaction.deferReply({ flags: MessageFlags.Ephemeral });
      await new Promise((resolve) => setTimeout(resolve, 50));
      await interaction.editReply({ content: 'slow done', allowedMentions: noMentions });
    } else if (name === 'with-response') {
      const res = await interaction.reply({ content: 'with response', withResponse: true });
      log('with-response', { id: interaction.id, messageId: res.resource?.message?.id ?? null });
    } else if (name === 'too-long') {
      await interaction.reply({ content: 'x'.repeat(2001), allowedMentions: noMentions });
    } else if (name === 'followup') {
      await interaction.reply({ content: 'first', allowedMentions: noMentions });
      await interaction.followUp({ content: 'second', allowedMentions: noMentions });
    } else {
      await interaction.reply({ content: `pong ${name}`, allowedMentions: noMentions });
    }
  }
}

client.on(Events.InteractionCreate, (interaction) => {
  log('interaction', {
    id: interaction.id,
    type: interaction.type,
    channel: interaction.channel?.id ?? null,
  });
  handle(interaction)
    .then(() => log('handled', { id: interaction.id }))
    .catch((error: unknown) => log('handler-error', { id: interaction.id, error: String(error) }));
});
const commands = [
  { name: 'ping', description: 'Ping' },
  { name: 'Quote', type: 3 },
];
client.once(Events.ClientReady, (ready) => {
  log('ready', { user: ready.user.id, guilds: ready.guilds.cache.size, channels: ready.channels.cache.size });
  const guildId = ready.guilds.cache.first()?.id ?? '';
  Promise.all([ready.application.commands.set(commands), ready.application.commands.set(commands, guildId)])
    .then(([global, guild]) => log('registered', { global: global.map((c) => c.id), guild: guild.size }))
    .catch((error: unknown) => log('register-failed', { error: String(error) }));
});
client.on(Events.ShardResume, (shard, replayed) => log('resumed', { shard, replayed }));
client.on(Events.ShardReconnecting, (shard) => log('reconnecting', { shard }));
client.on(Events.Error, (error) => log('client-error', { error: String(error) }));
process.on('unhandledRejection', (error) => log('unhandled-rejection', { error: String(error) }));

process.once('SIGTERM', () => {
  log('sigterm');
  client
    .destroy()
    .catch(() => undefined)
    .finally(() => process.exit(0));
});

client.login(process.env.DISCORD_TOKEN ?? 'standin.fake.token').catch((error: unknown) => {
  log('login-failed', { error: String(error) });
  process.exit(1);
});
