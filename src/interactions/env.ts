import { z } from 'zod';
import { baseEnvSchema } from '../config.ts';

/** Where 👍 and 👎 are appended, one JSON line each; its folder is made on the first vote. */
export const feedbackFileSchema = z
  .string()
  .trim()
  .min(1)
  .refine((path) => !/[/\\]$/u.test(path), 'must be a file, not a folder (e.g. ./data/feedback.jsonl)')
  .default('./data/feedback.jsonl');

/**
 * What both interaction front ends read: the gateway bot (`npm start`) and the HTTP endpoint
 * (`npm run serve`).
 */
export const interactionsEnvSchema = baseEnvSchema.extend({
  DISCORD_API_URL: z.url().default('https://discord.com/api'),
  // A prepared story written by `npm run snapshot`; every process loads it instead of SEEDS_DIR.
  STORY_SNAPSHOT: z.string().min(1).optional(),
  // Discord drops a first response later than 3 s: a command that recently took longer than this
  // is deferred instead (0: every one). Answers are computed one after another, so a burst of
  // /ask, each a few hundred milliseconds the first time (the sentence encoder), would hold the
  // last one's first response past 3 s unless they are deferred.
  INTERACTION_DEFER_MS: z.coerce
    .number()
    .int()
    .min(0)
    .max(2500, 'must be at most 2500 (Discord waits 3 s for the first response)')
    .default(250),
  FEEDBACK_FILE: feedbackFileSchema,
});

export type InteractionsEnv = z.infer<typeof interactionsEnvSchema>;
