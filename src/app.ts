import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { commands as registry } from './commands/registry.ts';
import type { Command, CommandContext } from './commands/types.ts';
import { discrepancies } from './compare/discrepancies.ts';
import { loadCorpus } from './corpus/corpus.ts';
import { readSnapshot, writeSnapshot } from './corpus/snapshot.ts';
import { createStory } from './retrieval/story.ts';

/** Loads the corpus from `seedsDir` and builds what every front end needs to run commands. */
export async function loadContext(
  seedsDir: string,
  commands: readonly Command[] = registry,
): Promise<CommandContext> {
  const story = createStory(await loadCorpus(seedsDir));
  return { story, commands };
}

/** Where a Discord front end takes its story from: a prepared snapshot when given, else the folder. */
export interface StorySource {
  readonly seedsDir: string;
  readonly snapshot?: string | undefined;
}

/**
 * The context of a process that answers Discord: the story indexed, and claims, quotations and
 * dates worked out now, before it takes traffic, so that no command waits for them.
 */
export async function prepareContext(
  source: StorySource,
  commands: readonly Command[] = registry,
): Promise<{ context: CommandContext; ms: number }> {
  const started = performance.now();
  const corpus = source.snapshot ? await readSnapshot(source.snapshot) : await loadCorpus(source.seedsDir);
  const story = createStory(corpus);
  discrepancies(story);
  return { context: { story, commands }, ms: Math.round(performance.now() - started) };
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
