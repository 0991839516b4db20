import { z } from 'zod';
import { isCalendarDate } from './calendar.ts';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine(isCalendarDate, { message: 'is not a real calendar date' });

export const articleMetaSchema = z.strictObject({
  id: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,32}$/, 'must be 1-32 letters, digits, "-" or "_" (it appears in citations)'),
  file: z.string().regex(/^[^/\\]+\.txt$/, 'must be a .txt file name inside the corpus folder, with no path'),
  published: isoDate,
  title: z.string().trim().min(1).max(256).optional(),
  outlet: z.string().trim().min(1).max(100).optional(),
  // Citations link to it: a plain web address only (no javascript:, data: or file: links).
  url: z.url({ protocol: /^https?$/u, error: 'must be an http or https address' }).optional(),
  note: z.string().max(500).optional(),
});

export const manifestSchema = z.strictObject({
  articles: z.array(articleMetaSchema).min(1, 'must list at least one article'),
});

export type Manifest = z.infer<typeof manifestSchema>;

/** Turns zod issues into lines a user can act on: where in the manifest, and what is wrong. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const where = issue.path.length > 0 ? issue.path.join('.') : '(top level)';
      return `  - ${where}: ${issue.message}`;
    })
    .join('\n');
}
