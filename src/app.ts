import { commands as registry } from './commands/registry.ts';
import type { Command, CommandContext } from './commands/types.ts';
import { discrepancies } from './compare/discrepancies.ts';
import { type LoadOptions, loadCorpus } from './corpus/corpus.ts';
import { readSnapshot, type StorySource } from './corpus/snapshot.ts';
import { createStory } from './retrieval/story.ts';

/** Loads the corpus from `seedsDir` and builds what every front end needs to run commands. */
export async function loadContext(
  seedsDir: string,
  commands: readonly Command[] = registry,
  options: LoadOptions = {},
): Promise<CommandContext> {
  const story = createStory(await loadCorpus(seedsDir, options));
  return { story, commands };
}

/**
 * The context of a process that answers Discord: the story indexed, and claims, quotations and
 * dates worked out now, before it takes traffic, so that no command waits for them.
 */
export async function prepareContext(
  source: StorySource,
  commands: readonly Command[] = registry,
  options: LoadOptions = {},
): Promise<{ context: CommandContext; ms: number }> {
  const started = performance.now();
  const corpus = source.snapshot
    ? await readSnapshot(source.snapshot)
    : await loadCorpus(source.seedsDir, options);
  const story = createStory(corpus);
  discrepancies(story);
  return { context: { story, commands }, ms: Math.round(performance.now() - started) };
}
