import { commands as registry } from './commands/registry.ts';
import type { Command, CommandContext } from './commands/types.ts';
import { check } from './compare/check.ts';
import { alignClaims } from './compare/claims.ts';
import { compare } from './compare/compare.ts';
import { type LoadOptions, loadCorpus } from './corpus/corpus.ts';
import { readSnapshot, type StorySource } from './corpus/snapshot.ts';
import type { Corpus } from './corpus/types.ts';
import { loadSentenceEncoder, type SentenceEncoder } from './language/resources/sentence-encoder.ts';
import { whoSaid } from './quotes/who-said.ts';
import { ask } from './retrieval/ask.ts';
import { meetPassages } from './retrieval/meaning.ts';
import { createStory, type Story } from './retrieval/story.ts';
import { startEventThread } from './timeline/event-thread.ts';
import { provideEventGroups, timeline } from './timeline/timeline.ts';

/**
 * Loads the corpus from `seedsDir` and builds what every front end needs to run commands; with
 * the sentence encoder unless `meaning` is false (no command to run will rank).
 */
export async function loadContext(
  seedsDir: string,
  commands: readonly Command[] = registry,
  options: LoadOptions = {},
  meaning = true,
): Promise<CommandContext> {
  // The encoder starts (about half a second) while the articles are read.
  const [corpus, encoder] = await Promise.all([
    loadCorpus(seedsDir, options),
    meaning ? encoderIfAny() : undefined,
  ]);
  return { story: createStory(corpus, encoder ? { encoder } : {}), commands };
}

/**
 * The sentence encoder, or none where it cannot start (no WebAssembly, a damaged weight file):
 * /ask then ranks by words alone, which answers worse but answers, and the warning says why.
 */
export async function encoderIfAny(): Promise<SentenceEncoder | undefined> {
  try {
    return await loadSentenceEncoder();
  } catch (error) {
    process.emitWarning(
      `The sentence encoder could not start (${(error as Error).message}); /ask ranks by words alone.`,
    );
    return undefined;
  }
}

// Below this many paragraphs the main thread finds the events sooner than a worker thread starts.
const EVENT_THREAD_PASSAGES = 2000;

/**
 * The story indexed, and claims, quotations, dates and events worked out now (the discrepancies
 * need all of them), with the claims, discrepancies and events indexed for topics, so that no
 * command waits for them. On a large story the events are found on a second thread meanwhile.
 */
export async function prepareStory(
  corpus: Corpus,
  encoder: Promise<SentenceEncoder | undefined> = encoderIfAny(),
): Promise<Story> {
  const passages = corpus.articles.reduce((n, a) => n + a.paragraphs.length, 0);
  const events = passages >= EVENT_THREAD_PASSAGES ? startEventThread(corpus) : undefined;
  const loaded = await encoder;
  const story = createStory(corpus, loaded ? { encoder: loaded } : {});
  events?.weigh(story);
  alignClaims(story);
  const groups = await events?.groups;
  if (groups) provideEventGroups(story, groups);
  compare(story);
  timeline(story);
  return story;
}

/**
 * The first question of a kind loads what answering needs (WordNet's lists, the word vectors,
 * the sentence encoder's first run): asked once, with words of the story, so that no user waits
 * for that. The bot does it once connected, before the first commands come.
 */
export function warmUp(story: Story): void {
  const sample = story.passages.find((p) => p.paragraph.number > 1)?.paragraph.text ?? 'What happened?';
  ask(story, sample);
  whoSaid(story, { quote: sample, speaker: sample });
  check(story, sample);
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
  const encoder = encoderIfAny();
  const corpus = source.snapshot
    ? await readSnapshot(source.snapshot)
    : await loadCorpus(source.seedsDir, options);
  const story = await prepareStory(corpus, encoder);
  // The encoder meets the passages in the background, a few at a time, so that the first
  // questions find them met; taking traffic does not wait for it (seeds: about two seconds).
  void meetPassages(story);
  return { context: { story, commands }, ms: Math.round(performance.now() - started) };
}
