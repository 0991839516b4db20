import { z } from 'zod';
import { normalizeText } from '../corpus/normalize.ts';

/**
 * A text option as a user typed it (a question, a quote, a topic, a message): at most `max`
 * characters as typed (what Discord enforces), then put in the articles' normal form, so a
 * full-width letter or a zero-width space inside a word matches the word in the articles.
 */
export const userText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((text) => normalizeText(text).trim());
