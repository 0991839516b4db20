// `npm run snapshot [-- --out FILE]`: the prepared story (corpus as loaded and cleaned) in one file,
// for STORY_SNAPSHOT. Built once, e.g. in a container image, every process then loads the same story.
import { parseArgs } from 'node:util';
import { loadCorpus } from '../corpus/corpus.ts';
import { writeSnapshot } from '../corpus/snapshot.ts';
import { exitOnError, readEnv } from './shell.ts';

class UsageError extends Error {}

async function main(): Promise<void> {
  let out: string;
  try {
    const { values } = parseArgs({ options: { out: { type: 'string' } }, strict: true });
    out = values.out ?? 'story.snapshot.json';
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\nUsage: npm run snapshot -- [--out FILE]`);
  }
  const corpus = await loadCorpus(readEnv().SEEDS_DIR);
  await writeSnapshot(corpus, out);
  const passages = corpus.articles.reduce((n, a) => n + a.paragraphs.length, 0);
  process.stdout.write(
    `Wrote ${out}: ${corpus.articles.length} articles, ${passages} passages. Set STORY_SNAPSHOT=${out}.\n`,
  );
}

main().catch((error: unknown) => exitOnError(error, UsageError));
