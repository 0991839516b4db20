import type {
  AutocompleteInteraction,
  ButtonInteraction,
  ChatInputCommandInteraction,
  Interaction,
  Message,
  MessageContextMenuCommandInteraction,
} from 'discord.js';
import type { Logger } from 'pino';
import { findCommand, runAutocomplete, runCommand } from '../commands/run.ts';
import { type CommandContext, isMessageCommand, leadingOption } from '../commands/types.ts';
import { renderChoices } from '../render/choices.ts';
import { renderDiscord } from '../render/discord.ts';
import { parsePageCustomId, SHARE_CUSTOM_ID } from '../render/paging.ts';
import type { Cooldown } from './cooldown.ts';
import { messageBody, send, sendNotice, shareInChannel } from './respond.ts';

export interface InteractionDeps {
  readonly context: CommandContext;
  readonly logger: Logger;
  readonly cooldown: Cooldown;
}

type Outcome = 'ok' | 'unknown' | 'cooldown' | 'error';

type CommandInteraction = ChatInputCommandInteraction | MessageContextMenuCommandInteraction;

/** A message's text: its content, or for a message of embeds only (a bot's answer) their text. */
function textOf(message: Message): string {
  if (message.content.trim() !== '') return message.content;
  return message.embeds
    .flatMap((e) => [e.title, e.description, ...e.fields.map((f) => f.value)])
    .filter((t): t is string => Boolean(t))
    .join('\n');
}

async function onCommand(interaction: CommandInteraction, deps: InteractionDeps): Promise<Outcome> {
  const command = findCommand(deps.context.commands, interaction.commandName);
  if (!command) {
    await sendNotice(
      interaction,
      'Unknown command',
      'This command is no longer available. Type /help to see what the bot can do.',
    );
    return 'unknown';
  }
  // A message command reads the text Discord sends with it: no message-content intent needed.
  const raw = isMessageCommand(command)
    ? {
        [command.messageOption]: interaction.isMessageContextMenuCommand()
          ? textOf(interaction.targetMessage)
          : '',
      }
    : Object.fromEntries(interaction.options.data.map((o) => [o.name, o.value]));
  // What users type is theirs: logged only when debugging, never at the default level.
  deps.logger.debug({ command: command.data.name, options: raw }, 'command options');
  await send(interaction, runCommand(deps.context, command.data.name, raw));
  return 'ok';
}

async function onButton(interaction: ButtonInteraction, deps: InteractionDeps): Promise<Outcome> {
  if (interaction.customId === SHARE_CUSTOM_ID) {
    await shareInChannel(interaction);
    return 'ok';
  }
  const page = parsePageCustomId(interaction.customId);
  const command = page && findCommand(deps.context.commands, page.command);
  const option = command && leadingOption(command);
  if (!page || !option) {
    await sendNotice(interaction, 'This button has expired', 'Run the command again to get fresh results.');
    return 'unknown';
  }
  const raw = page.query ? { [option]: page.query, offset: page.offset } : { offset: page.offset };
  const reply = runCommand(deps.context, page.command, raw);
  // A page replaces the message it belongs to; its visibility cannot change.
  await interaction.update(messageBody(renderDiscord(reply)));
  return 'ok';
}

async function onAutocomplete(interaction: AutocompleteInteraction, deps: InteractionDeps): Promise<Outcome> {
  const command = findCommand(deps.context.commands, interaction.commandName);
  const focused = interaction.options.getFocused(true);
  const choices = runAutocomplete(deps.context, interaction.commandName, {
    name: focused.name,
    value: String(focused.value),
  });
  await interaction.respond(renderChoices(choices));
  return command ? 'ok' : 'unknown';
}

const isCommand = (interaction: Interaction): interaction is CommandInteraction =>
  interaction.isChatInputCommand() || interaction.isMessageContextMenuCommand();

function describe(interaction: Interaction): string {
  if (interaction.isCommand() || interaction.isAutocomplete()) return interaction.commandName;
  if (interaction.isButton()) return `button:${interaction.customId.split('|').slice(0, 2).join('|')}`;
  return `type:${interaction.type}`;
}

/** Dispatches one interaction through the registry; failures become an ephemeral notice and a log line. */
export async function handleInteraction(interaction: Interaction, deps: InteractionDeps): Promise<void> {
  const started = performance.now();
  const what = describe(interaction);
  let outcome: Outcome = 'ok';
  try {
    if (interaction.isAutocomplete()) outcome = await onAutocomplete(interaction, deps);
    else if (isCommand(interaction) || interaction.isButton()) {
      const wait = deps.cooldown.take(interaction.user.id, Date.now());
      if (wait > 0) {
        outcome = 'cooldown';
        const seconds = Math.ceil(wait / 1000);
        await sendNotice(
          interaction,
          'Slow down',
          `You are sending commands quickly; try again in ${seconds} s.`,
        );
      } else if (isCommand(interaction)) outcome = await onCommand(interaction, deps);
      else outcome = await onButton(interaction, deps);
    } else if (interaction.isRepliable()) {
      outcome = 'unknown';
      await sendNotice(interaction, 'Not supported', 'The bot does not handle this kind of interaction.');
    }
  } catch (error) {
    outcome = 'error';
    deps.logger.error({ err: error, command: what }, 'interaction failed');
    if (interaction.isRepliable()) {
      await sendNotice(
        interaction,
        'Something went wrong',
        'The bot could not answer that. Please try again.',
      );
    }
  } finally {
    const ms = Math.round((performance.now() - started) * 10) / 10;
    deps.logger.info({ command: what, user: interaction.user.id, ms, outcome }, 'interaction');
  }
}
