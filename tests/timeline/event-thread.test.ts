import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/corpus.ts';
import { createStory } from '../../src/retrieval/story.ts';
import { groupMentions } from '../../src/timeline/event-groups.ts';
import { startEventThread } from '../../src/timeline/event-thread.ts';
import { storyMentions } from '../../src/timeline/timeline.ts';

// A process that prepares the story finds its events on a worker thread: they must be the events
// the main thread would find.
describe('events found on a worker thread', () => {
  it.each(['../../seeds/', '../fixtures/stories/brenmoorfire/'])(
    'are those of %s',
    async (path) => {
      const corpus = await loadCorpus(new URL(path, import.meta.url).pathname);
      const thread = startEventThread(corpus);
      const story = createStory(corpus);
      thread.weigh(story);
      const here = groupMentions(storyMentions(story), (t) => story.idf(t));
      const there = await thread.groups;
      expect(there).toBeDefined();
      expect(JSON.stringify(there)).toEqual(JSON.stringify(here));
    },
    30_000,
  );
});
