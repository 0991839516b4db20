import { WEEKDAYS } from '../language/days.ts';
import { isContinuing } from '../language/tense.ts';
import type { Story } from '../retrieval/story.ts';
import { dateLabel, findTimes } from '../timeline/dates.ts';
import { CLOSE_DAYS } from '../timeline/event-mentions.ts';
import type { TimeRef } from '../timeline/time-ref.ts';
import { timeline } from '../timeline/timeline.ts';
import type { Claim, ClaimSentence } from './claims.ts';
import { clockDifferences } from './clock-differences.ts';
import { type Discrepancy, type Side, shortQuote } from './discrepancy.ts';
import { yearDifferences } from './year-differences.ts';

const DAY = 86_400_000;

// Sources differ by weekday as often as by date ("on Monday", "on Tuesday"): say both.
const dayLabel = (d: { date: string; precision: string; label: string }) =>
  d.precision === 'day'
    ? `${WEEKDAYS[(new Date(`${d.date}T12:00:00Z`).getUTCDay() + 6) % 7]} ${d.label}`
    : d.label;

/** Events /timeline groups across articles whose sources give them different dates. */
function timelineDates(story: Story): Discrepancy[] {
  return timeline(story)
    .filter((e) => e.dates.length > 1)
    .map((e) => ({
      kind: 'date' as const,
      about: `the date: ${e.dates.map(dayLabel).join(' or ')}, of ${shortQuote(e.text, 70)}`,
      sides: e.dates.flatMap((d) =>
        d.sources.map((s, i) => ({ ...s, value: dayLabel(d), text: d.texts[i] ?? e.text })),
      ),
    }));
}

interface GivenDay {
  readonly time: TimeRef;
  /** The sentence that names the day. */
  readonly text: string;
}

/** The one day a claim's sentence names, else the one day its paragraph names; none if several. */
function dayOf(story: Story, m: ClaimSentence): GivenDay | undefined {
  const days = (text: string) =>
    findTimes(text, m.published)
      .filter((t) => t.precision === 'day')
      .map((time) => ({ time, text }));
  const own = days(m.text);
  const sentences = story.passage(m.articleId, m.paragraph)?.paragraph.sentences ?? [];
  const found = own.length > 0 ? own : sentences.flatMap((s) => days(s.text));
  const distinct = [...new Map(found.map((d) => [d.time.start, d])).values()];
  return distinct.length === 1 ? distinct[0] : undefined;
}

/**
 * Claims whose articles each name one day for it, and not the same day, at most CLOSE_DAYS
 * apart. Exported for its tests: the bound is a rule of its own.
 */
export function claimDates(story: Story, claims: readonly Claim[]): Discrepancy[] {
  return claims.flatMap((claim) => {
    const byArticle = new Map<string, GivenDay & { m: ClaimSentence }>();
    for (const m of claim.members) {
      const day = byArticle.has(m.articleId) ? undefined : dayOf(story, m);
      if (day) byArticle.set(m.articleId, { ...day, m });
    }
    const given = [...byArticle.values()];
    const days = given.map((g) => Date.parse(g.time.start));
    const spread = Math.max(...days) - Math.min(...days);
    // Days further apart than /timeline groups as one event belong to different events; a state
    // that goes on ("schools remain closed on Thursday") is true on both days.
    if (new Set(days).size < 2 || spread > CLOSE_DAYS * DAY) return [];
    if (given.some((g) => isContinuing(g.text))) return [];
    const label = (time: TimeRef) => dayLabel({ date: time.start, precision: 'day', label: dateLabel(time) });
    const sides: Side[] = given.map(({ m, time, text }) => ({
      articleId: m.articleId,
      paragraph: m.paragraph,
      value: label(time),
      text,
    }));
    const values = [...new Set(sides.map((s) => s.value))];
    return [
      {
        kind: 'date' as const,
        about: `the date: ${values.join(' or ')}, of ${shortQuote(claim.text, 70)}`,
        sides,
      },
    ];
  });
}

/**
 * Dates the articles disagree on: of events /timeline groups, and of claims the alignment finds;
 * then times of day of claims.
 */
export function dateDifferences(story: Story, claims: readonly Claim[]): Discrepancy[] {
  const events = timelineDates(story);
  const covered = new Set(events.flatMap((d) => d.sides.map((s) => `${s.articleId}#${s.paragraph}`)));
  const fresh = claimDates(story, claims).filter(
    (d) => !d.sides.every((s) => covered.has(`${s.articleId}#${s.paragraph}`)),
  );
  return [...events, ...fresh, ...yearDifferences(story), ...clockDifferences(claims)];
}
