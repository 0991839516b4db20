import type { SourceRef } from '../corpus/types.ts';
import { memoKey, type Story } from '../retrieval/story.ts';
import { aboutTopic, type TopicIndex, topicIndex } from '../retrieval/topic.ts';
import { boundPeriod, dateKey, dateLabel, overlaps, type Precision, periodOf, sortKey } from './dates.ts';
import { rewordingTerms } from './event-clauses.ts';
import { groupMentions } from './event-groups.ts';
import { articleMentions, type Mention } from './event-mentions.ts';
import type { TimeRef } from './time-ref.ts';

export interface DatedSources {
  readonly date: string;
  readonly precision: Precision;
  readonly label: string;
  readonly sources: readonly SourceRef[];
}

/** One of the dates sources give an event, with what each source says. */
export interface GivenDate extends DatedSources {
  /** In the order of `sources`. */
  readonly texts: readonly string[];
}

export interface TimelineEvent extends DatedSources {
  /** First day of the period, YYYY-MM-DD. */
  readonly start: string;
  /** The sentence that reports it, as one source wrote it. */
  readonly text: string;
  /** What each source says, in the order of `sources`. */
  readonly texts: readonly string[];
  /** Every date the sources give this event, when they disagree. */
  readonly dates: readonly GivenDate[];
  /**
   * The words that date it in each source, in the order of `sources` ("on Friday", "the next
   * day"; none for a lead dated by another sentence): which part of a sentence of two times it is.
   */
  readonly when: readonly (readonly string[])[];
  readonly sortKey: number;
}

export interface TimelineOptions {
  readonly topic?: string | undefined;
  readonly from?: string | undefined;
  readonly to?: string | undefined;
}

const finer: Record<Precision, number> = { day: 0, week: 1, month: 2, season: 3, year: 4 };

/** The mention that shows an event: dated by its text, finest, the sentence's own event, in its main clause. */
function shownBy(mentions: readonly Mention[]): Mention {
  const rank = (m: Mention) => [
    m.time.implicit ? 1 : 0,
    finer[m.time.precision],
    m.primary ? 0 : 1,
    m.main ? 0 : 1,
  ];
  const best = [...mentions].sort((a, b) => {
    const [x, y] = [rank(a), rank(b)];
    const i = x.findIndex((v, k) => v !== y[k]);
    return i >= 0 ? (x[i] ?? 0) - (y[i] ?? 0) : 0;
  })[0];
  if (!best) throw new Error('an event needs a mention');
  return best;
}

function toEvent(mentions: readonly Mention[]): TimelineEvent {
  const primaries = mentions.filter((m) => m.primary);
  const best = shownBy(primaries.length > 0 ? primaries : mentions);
  // An undated lead takes the date its news is given elsewhere; it gives none of its own.
  const dated = mentions.some((m) => !m.time.implicit) ? mentions.filter((m) => !m.time.implicit) : mentions;
  const byDate = new Map<string, { time: TimeRef; texts: string[]; sources: SourceRef[] }>();
  for (const m of dated) {
    const key = dateLabel(m.time);
    const entry = byDate.get(key) ?? { time: m.time, texts: [], sources: [] };
    if (
      !entry.sources.some((s) => s.articleId === m.source.articleId && s.paragraph === m.source.paragraph)
    ) {
      entry.sources.push(m.source);
      entry.texts.push(m.text);
    }
    byDate.set(key, entry);
  }
  const dates = [...byDate.values()].map(({ time, texts, sources }) => ({
    date: dateKey(time),
    precision: time.precision,
    label: dateLabel(time),
    sources,
    texts,
  }));
  const time = best.time.implicit ? (shownBy(dated).time ?? best.time) : best.time;
  const sources = [...dates.flatMap((d) => d.sources)];
  const texts = [...dates.flatMap((d) => d.texts)];
  for (const m of mentions)
    if (!sources.some((s) => s.articleId === m.source.articleId && s.paragraph === m.source.paragraph)) {
      sources.push(m.source);
      texts.push(m.text);
    }
  const periods = [...byDate.values()].map((d) => periodOf(d.time));
  const when = sources.map((s) =>
    mentions.flatMap((m) =>
      m.source.articleId === s.articleId && m.source.paragraph === s.paragraph && m.time.text
        ? [m.time.text]
        : [],
    ),
  );
  return {
    date: dateKey(time),
    start: time.start,
    precision: time.precision,
    label: dateLabel(time),
    text: best.text,
    sources,
    texts,
    // Dates that can all be true at once (Sep 2022 and early Sep 2022) are no disagreement; a
    // date that fits every other ("last week" beside Saturday and Sunday) takes no side.
    dates: dates.filter((_, i) => periods.some((q) => !overlaps(periods[i] ?? q, q))),
    when,
    sortKey: sortKey(time),
  };
}

const GROUPED = memoKey<Mention[][]>('event groups');
const EVENTS = memoKey<TopicIndex<TimelineEvent>>('events in order, indexed for topics');

/** Every dated mention of the story's sentences, article by article. */
export function storyMentions(story: Story): Mention[] {
  const articles = story.corpus.articles;
  const reword = rewordingTerms();
  return articles.flatMap((a) => articleMentions(a, story.people, reword));
}

/** Gives the story its events, found elsewhere (on another thread) from the same articles. */
export function provideEventGroups(story: Story, groups: Mention[][]): void {
  story.memo(GROUPED, () => groups);
}

/** The story's dated mentions grouped into events; found once per story. */
function eventGroups(story: Story): Mention[][] {
  return story.memo(GROUPED, () => groupMentions(storyMentions(story), (t) => story.idf(t)));
}

/** The story's dated events in order, each with every source; optionally one thread and a range. */
export function timeline(story: Story, options: TimelineOptions = {}): TimelineEvent[] {
  const ordered = story.memo(EVENTS, () =>
    topicIndex(
      eventGroups(story)
        .map(toEvent)
        .sort((a, b) => a.sortKey - b.sortKey || a.date.localeCompare(b.date)),
      (e) => e.text,
    ),
  );
  const events = options.topic?.trim() ? aboutTopic(ordered, options.topic) : ordered.items;
  // A period is kept when any part of it falls within the range.
  const from = options.from ? boundPeriod(options.from)[0] : '0000-01-01';
  const to = options.to ? boundPeriod(options.to)[1] : '9999-12-31';
  return events.filter((e) => {
    const [start, end] = periodOf(e);
    return end >= from && start <= to;
  });
}
