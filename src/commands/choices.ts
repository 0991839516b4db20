import type { APIApplicationCommandOptionChoice } from 'discord-api-types/v10';

// Discord's limits: 25 choices, each name and value 1-100 characters.
const CHOICES = 25;
const CHOICE_NAME = 100;

/** Autocomplete choices from candidate texts: each once, cut to fit, the value without the ellipsis. */
export function choicesFrom(texts: readonly string[]): APIApplicationCommandOptionChoice<string>[] {
  const unique = [
    ...new Set(
      texts
        .map((t) => t.replace(/\s+/gu, ' ').trim())
        .filter((t) => t !== '')
        .map((t) => (t.length > CHOICE_NAME ? `${t.slice(0, CHOICE_NAME - 1).trimEnd()}…` : t)),
    ),
  ];
  return unique.slice(0, CHOICES).map((name) => ({ name, value: name.replace(/…$/u, '') }));
}
