import { escapeMarkdown } from '@discordjs/formatters';

const ZERO_WIDTH_SPACE = '\u200b';

/**
 * Makes text inert in Discord: markdown shown as typed, and mentions (@everyone, @here, <@id>,
 * <@&role>, <#channel>) shown as text. allowed_mentions already stops pings; this stops the look.
 */
export function escapeDiscord(text: string): string {
  return escapeMarkdown(text)
    .replace(/@(everyone|here)/giu, `@${ZERO_WIDTH_SPACE}$1`)
    .replace(/<([@#])/gu, `<${ZERO_WIDTH_SPACE}$1`)
    .replace(/^-# /gmu, `-${ZERO_WIDTH_SPACE}# `);
}
