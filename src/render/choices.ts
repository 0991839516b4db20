import type { APIApplicationCommandOptionChoice } from 'discord-api-types/v10';
import { escapeDiscord } from './escape.ts';
import { cutUnits, LIMITS, truncate } from './limits.ts';

/**
 * Autocomplete choices as sent to Discord: at most 25, each name escaped like every other text
 * the articles supply and cut to 100 characters. The value is what Discord sends back as the
 * option, so it stays the text itself (cut to fit); it is escaped when a reply shows it.
 */
export function renderChoices(
  choices: readonly APIApplicationCommandOptionChoice<string>[],
): APIApplicationCommandOptionChoice<string>[] {
  return choices.slice(0, LIMITS.choices).flatMap((c) => {
    const name = truncate(escapeDiscord(c.name), LIMITS.choiceName).trim();
    const value = cutUnits(c.value, LIMITS.choiceName);
    // Discord refuses an empty name or value (1-100 characters each).
    return name !== '' && value.trim() !== '' ? [{ name, value }] : [];
  });
}
