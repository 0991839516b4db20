import { memoKey, type Passage, type Story } from './story.ts';

const DAY = 86_400_000;
// A story whose reports span at least this long has later developments; its latest reports are
// those within the last stretch of it.
const LONG_STORY = 60 * DAY;
const LATEST_STRETCH = 30 * DAY;

const LATEST_FROM = memoKey<number | undefined>('latest reports from');

/** When a story's latest reports begin, or undefined when all came out close together. */
function latestFrom(story: Story): number | undefined {
  return story.memo(LATEST_FROM, () => {
    const times = story.corpus.articles.map((a) => Date.parse(a.meta.published));
    const [first, last] = [Math.min(...times), Math.max(...times)];
    return last - first >= LONG_STORY ? last - LATEST_STRETCH : undefined;
  });
}

/** Whether a passage is among a long story's latest reports. */
export function isLatest(story: Story, passage: Passage): boolean {
  const from = latestFrom(story);
  return from !== undefined && Date.parse(passage.article.meta.published) >= from;
}
