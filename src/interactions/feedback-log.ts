import { createHash } from 'node:crypto';
import { appendFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';

/** One 👍 or 👎, as logged and as one line of FEEDBACK_FILE (read back by `npm run feedback`). */
export const feedbackEntrySchema = z.object({
  at: z.iso.datetime(),
  command: z.string().min(1).max(32),
  vote: z.enum(['up', 'down']),
  /** What was asked, as the answer shows it. */
  question: z.string().max(4000),
  /** The passages the answer cited, first citation of each item, in the order shown. */
  passages: z.array(z.object({ articleId: z.string().min(1).max(32), paragraph: z.number().int().min(0) })),
  /** userHash() of who voted: votes can be told apart, people cannot be named. */
  user: z.string().regex(/^[0-9a-f]{16}$/u),
});

export type FeedbackEntry = z.infer<typeof feedbackEntrySchema>;

/**
 * A user id as logs and the feedback file hold it: a one-way hash, the same for one user every
 * time (so that repeated votes show), never the id itself.
 */
export const userHash = (userId: string): string =>
  createHash('sha256').update(`storydesk user ${userId}`).digest('hex').slice(0, 16);

/** Where feedback is kept. */
export interface FeedbackStore {
  save(entry: FeedbackEntry): Promise<void>;
}

/** FEEDBACK_FILE: one JSON line per vote, appended; its folder is made on the first vote. */
export function feedbackFile(path: string): FeedbackStore {
  return {
    async save(entry) {
      await mkdir(dirname(path), { recursive: true });
      await appendFile(path, `${JSON.stringify(entry)}\n`, 'utf8');
    },
  };
}
