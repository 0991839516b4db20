import type { SourceRef } from '../corpus/types.ts';
import type { Story } from '../retrieval/story.ts';
import { onTopic } from '../retrieval/topic.ts';
import {
  boundPeriod,
  dateKey,
  dateLabel,
  overlaps,
  type Precision,
  periodOf,
  sortKey,
  type TimeRef,
} from './dates.ts';
import { groupMentions, type Mention, mentionsOf } from './event-mentions.ts';

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
  readonly text: string;
  /** Every date the sources give this event, when they disagree. */
  readonly dates: readonly GivenDate[];
  readonly sortKey: number;
}

export interface TimelineOptions {
  readonly topic?: string | undefined;
  readonly from?: string | undefined;
  readonly to?: string | undefined;
}

const finer: Record<Precision, number> = { day: 0, week: 1, month: 2, year: 3 };

function toEvent(mentions: readonly Mention[]): TimelineEvent {
  const best =
    [...mentions].sort((a, b) => finer[a.time.precision] - finer[b.time.precision])[0] ?? mentions[0];
  if (!best) throw new Error('an event needs a mention');
  const byDate = new Map<string, { time: TimeRef; texts: string[]; sources: SourceRef[] }>();
  for (const m of mentions) {
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
  const sources = dates.flatMap((d) => d.sources);
  const periods = [...byDate.values()].map(({ time }) => periodOf(time));
  return {
    date: dateKey(best.time),
    start: best.time.start,
    precision: best.time.precision,
    label: dateLabel(best.time),
    text: best.text,
    sources,
    // Dates that can all be true at once (Sep 2022 and early Sep 2022) are no disagreement.
    dates: periods.some((p) => periods.some((q) => !overlaps(p, q))) ? dates : [],
    sortKey: sortKey(best.time),
  };
}

/** The story's dated events in order, each with every source; optionally one thread and a range. */
export function timeline(story: Story, options: TimelineOptions = {}): TimelineEvent[] {
  let events = groupMentions(mentionsOf(story))
    .map(toEvent)
    .sort((a, b) => a.sortKey - b.sortKey || a.date.localeCompare(b.date));
  if (options.topic?.trim()) events = onTopic(events, (e) => e.text, options.topic);
  // A period is kept when any part of it falls within the range.
  const from = options.from ? boundPeriod(options.from)[0] : '0000-01-01';
  const to = options.to ? boundPeriod(options.to)[1] : '9999-12-31';
  return events.filter((e) => {
    const [start, end] = periodOf(e);
    return end >= from && start <= to;
  });
}
