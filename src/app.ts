import { commands as registry } from './commands/registry.ts';
import type { Command, CommandContext } from './commands/types.ts';
import { type LoadOptions, loadCorpus } from './corpus/corpus.ts';
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
