import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { CorpusError, loadCorpus } from './corpus.ts';
import { articleMetaSchema } from './manifest.ts';
import type { Corpus } from './types.ts';

/**
 * A prepared story: the corpus as loaded (cleaned articles, numbered paragraphs, sentences) in one
 * JSON file. Written once (`npm run snapshot`, or by the process that starts several workers or
 * shard processes), it is what every process answers from, so they all cite the same paragraphs
 * even if `seeds/` changes while they start.
 */
const FORMAT = 'storydesk-prepared-story';
const VERSION = 1;

const sentence = z.strictObject({ text: z.string(), start: z.number().int(), end: z.number().int() });
const paragraph = z.strictObject({
  articleId: z.string(),
  number: z.number().int().min(1),
  text: z.string().min(1),
  sentences: z.array(sentence),
});
const article = z.strictObject({
  meta: articleMetaSchema,
  title: z.string().min(1),
  paragraphs: z.array(paragraph).min(1),
});
const snapshotSchema = z.strictObject({
  format: z.literal(FORMAT),
  version: z.literal(VERSION),
  createdAt: z.string(),
  corpus: z.strictObject({ dir: z.string(), articles: z.array(article).min(1) }),
});

/** Writes the snapshot atomically (a reader never sees half a file). */
export async function writeSnapshot(corpus: Corpus, path: string): Promise<void> {
  const snapshot = { format: FORMAT, version: VERSION, createdAt: new Date().toISOString(), corpus };
  const partial = `${path}.${process.pid}.partial`;
  await writeFile(partial, JSON.stringify(snapshot));
  await rename(partial, path);
}

/** Reads and checks a snapshot; a problem is a CorpusError naming the file and the fix. */
export async function readSnapshot(path: string): Promise<Corpus> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'it does not exist' : String(error);
    throw new CorpusError(`Prepared story ${path}: ${reason}. Write it with \`npm run snapshot\`.`);
  }
  const parsed = snapshotSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? `${issue.path.join('.')}: ${issue.message}` : 'invalid';
    throw new CorpusError(
      `Prepared story ${path}: not a storydesk snapshot of version ${VERSION} (${where}). Write it again with \`npm run snapshot\`.`,
    );
  }
  return parsed.data.corpus;
}

/** Where a process answering Discord takes its story from: a prepared snapshot when given, else the folder. */
export interface StorySource {
  readonly seedsDir: string;
  readonly snapshot?: string | undefined;
}

/**
 * The one prepared story a process hands to the processes it starts: the given snapshot (checked
 * here, so a bad one fails once, in one line), or one written now from the folder, removed by
 * `discard` when the starter stops.
 */
export async function shareStory(source: StorySource): Promise<{ path: string; discard(): Promise<void> }> {
  if (source.snapshot) {
    await readSnapshot(source.snapshot);
    return { path: source.snapshot, discard: async () => undefined };
  }
  const path = join(tmpdir(), `storydesk-story-${process.pid}.json`);
  await writeSnapshot(await loadCorpus(source.seedsDir), path);
  return { path, discard: () => rm(path, { force: true }) };
}
