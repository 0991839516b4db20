import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CorpusError, loadCorpus } from '../../src/corpus/corpus.ts';
import { readSnapshot, writeSnapshot } from '../../src/corpus/snapshot.ts';

describe('the prepared story (snapshot)', () => {
  it('gives back the corpus exactly as it was loaded', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'storydesk-snapshot-'));
    const corpus = await loadCorpus('seeds');
    await writeSnapshot(corpus, join(dir, 'story.json'));
    const read = await readSnapshot(join(dir, 'story.json'));
    expect(read).toEqual(corpus);
    expect(read.articles.map((a) => a.meta.id)).toEqual(['000', '001', '002', '003', '004']);
  });

  it('names the file and the fix when it is missing or not a snapshot', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'storydesk-snapshot-'));
    await expect(readSnapshot(join(dir, 'none.json'))).rejects.toThrow(
      /none\.json: it does not exist\. Write it with `npm run snapshot`/u,
    );
    await writeFile(join(dir, 'other.json'), '{"format":"something else"}');
    const error = await readSnapshot(join(dir, 'other.json')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CorpusError);
    expect((error as Error).message).toMatch(
      /other\.json: not a storydesk snapshot of version 1 \(format: /u,
    );
  });
});
