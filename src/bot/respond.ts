import { type ButtonInteraction, MessageFlags, type RepliableInteraction } from 'discord.js';
import { notice, type Reply } from '../commands/reply.ts';
import { type DiscordMessage, renderDiscord } from '../render/discord.ts';

/** The message body shared by replies, edits and updates (visibility is set only on the first). */
export function messageBody({ embeds, components, allowedMentions }: DiscordMessage) {
  return { embeds, components, allowedMentions };
}

/** Sends a reply whether or not the interaction was already acknowledged. */
export async function send(interaction: RepliableInteraction, reply: Reply): Promise<void> {
  const message = renderDiscord(reply);
  const body = messageBody(message);
  const flags = message.ephemeral ? { flags: MessageFlags.Ephemeral as const } : {};
  if (interaction.deferred) await interaction.editReply(body);
  else if (interaction.replied) await interaction.followUp({ ...body, ...flags });
  else await interaction.reply({ ...body, ...flags });
}

/** The one way a user hears about a problem: a short ephemeral notice. It never throws. */
export async function sendNotice(
  interaction: RepliableInteraction,
  title: string,
  text: string,
): Promise<boolean> {
  try {
    await send(interaction, notice(title, text));
    return true;
  } catch {
    return false;
  }
}

/**
 * Posts an ephemeral reply in the channel for everyone, as the user saw it: the embeds the
 * renderer made (already escaped and within limits), without the share button.
 */
export async function shareInChannel(interaction: ButtonInteraction): Promise<void> {
  const embeds = interaction.message.embeds.map((embed) => embed.toJSON());
  await interaction.reply({ embeds, components: [], allowedMentions: { parse: [] } });
}
