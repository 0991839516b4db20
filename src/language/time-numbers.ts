import { monthToken } from './dateline.ts';

// Numbers that tell a time, not a count: a year, a day of a month, a time of day.

// "March 11", "Nov. 8": a number right after a month's name is a day of it.
export function afterMonth(text: string, at: number): boolean {
  const previous = /(\p{L}+)\.?\s+$/u.exec(text.slice(0, at))?.[1];
  return previous !== undefined && monthToken(previous.toLowerCase()) !== undefined;
}

// "13 March", "16 Mar": a number right before a month's name is a day of it (not "12 months").
export const beforeMonth = (word: string): boolean =>
  /^\p{Lu}\p{Ll}+\.?$/u.test(word) && monthToken(word.toLowerCase()) !== undefined;

export const CLOCK = /^(?::\d{2}|\.\d{2}\s?[ap]\.?m\b|\s?[ap]\.?m\.?(?!\p{L}))/iu;
export const CLOCK_AFTER = /\d[:.]$/u;
export const isYear = (raw: string) => /^(?:1[89]|20)\d{2}$/u.test(raw);
