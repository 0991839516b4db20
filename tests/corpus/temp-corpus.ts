// Corpus folders written to a temporary directory, for the tests of loading and its rules.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { CorpusError, type LoadOptions, loadCorpus } from '../../src/corpus/corpus.ts';

export const ARTICLE = `Harbour town opens new ferry terminal

The new ferry terminal in the harbour town of Rason opened on Monday after three years of building work.

Port officials said the terminal would handle two hundred passengers an hour during the summer season.

The harbour master, Choe Min-ho, said the first ferries would sail to Vladivostok in the spring.
`;
export const [, FIRST_PARAGRAPH = ''] = ARTICLE.split('\n\n');

const made: string[] = [];
export const removeTempDirs = () => Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })));

export async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'storydesk-corpus-'));
  made.push(dir);
  return dir;
}

/** Writes a corpus folder: the manifest (an object, or raw text or bytes) and the given files. */
export async function corpus(
  manifest: unknown,
  files: Record<string, string | Buffer> = {},
): Promise<string> {
  const dir = await tempDir();
  const raw = typeof manifest === 'string' || Buffer.isBuffer(manifest) ? manifest : JSON.stringify(manifest);
  await writeFile(join(dir, 'manifest.json'), raw);
  for (const [name, content] of Object.entries(files)) await writeFile(join(dir, name), content);
  return dir;
}

export const meta = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  file: `${id}.txt`,
  published: '2022-09-22',
  ...extra,
});

/** The error loadCorpus gives for a corpus folder; fails the test if it loads. */
export async function failure(dir: string, options: LoadOptions = {}): Promise<CorpusError> {
  const error = await loadCorpus(dir, options).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CorpusError);
  return error as CorpusError;
}
