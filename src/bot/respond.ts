import {
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type MessageContextMenuCommandInteraction,
  MessageFlags,
} from 'discord.js';
import { notice, type Reply } from '../commands/reply.ts';
import { type DiscordMessage, renderDiscord } from '../render/discord.ts';

export type Repliable =
  | ChatInputCommandInteraction
  | ButtonInteraction
  | MessageContextMenuCommandInteraction;

/** The message body shared by replies, edits and updates (visibility is set only on the first). */
export function messageBody({ embeds, components, allowedMentions }: DiscordMessage) {
  return { embeds, components, allowedMentions };
}

/** Sends a reply whether or not the interaction was already acknowledged. */
export async function send(interaction: Repliable, reply: Reply): Promise<void> {
  const message = renderDiscord(reply);
  const body = messageBody(message);
  const flags = message.ephemeral ? { flags: MessageFlags.Ephemeral as const } : {};
  if (interaction.deferred) await interaction.editReply(body);
  else if (interaction.replied) await interaction.followUp({ ...body, ...flags });
  else await interaction.reply({ ...body, ...flags });
}

/** The one way a user hears about a problem: a short ephemeral notice. It never throws. */
export async function sendNotice(interaction: Repliable, title: string, text: string): Promise<boolean> {
  try {
    await send(interaction, notice(title, text));
    return true;
  } catch {
    return false;
  }
}
