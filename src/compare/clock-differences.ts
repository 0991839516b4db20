import { clocksIn } from '../language/clock.ts';
import type { Claim } from './claims.ts';
import { type Discrepancy, type Side, shortQuote } from './discrepancy.ts';

// Outlets that report one happening at different times of day disagree on it ("shortly after
// 3am", "just before 4am"; "8.14am", "8:21 a.m."). The sentences must carry one claim (the
// alignment says so), and give no time that could be the same: "about 11:40pm" and "shortly
// before midnight" may be one moment; "between 2.30am and 3.30am" and "between 2:30am and
// 4:30am" one window told loosely; and a sentence giving two times may tell two happenings.

// How far a time told loosely may be from the one it names, in minutes.
const LOOSE: readonly [RegExp, number, number][] = [
  [/\b(?:shortly|just|soon) before\s+$/iu, 20, 0],
  [/\b(?:shortly|just|soon) after\s+$/iu, 0, 20],
  [/\b(?:about|around|approximately|roughly|some time|sometime|circa)\s+(?:at\s+)?$/iu, 15, 15],
];
const DAY = 24 * 60;

/** A time of day as a reader writes it: "3am", "2:40am", "12:05pm". */
export function clockLabel(minutes: number): string {
  const hour = Math.floor(minutes / 60);
  const minute = minutes % 60;
  const twelve = hour % 12 === 0 ? 12 : hour % 12;
  return `${twelve}${minute > 0 ? `:${String(minute).padStart(2, '0')}` : ''}${hour < 12 ? 'am' : 'pm'}`;
}

type Span = readonly [number, number];

/** The moments a sentence's times may stand for, as spans of minutes. */
function spansIn(text: string): { spans: Span[]; labels: string[] } {
  const clocks = clocksIn(text);
  const spans = clocks.map(({ minutes, start }): Span => {
    const before = text.slice(Math.max(0, start - 24), start);
    const [, early, late] = LOOSE.find(([words]) => words.test(before)) ?? [undefined, 0, 0];
    return [minutes - early, minutes + late];
  });
  return { spans, labels: clocks.map((c) => clockLabel(c.minutes)) };
}

/** Whether two spans share a moment, across midnight too ("11:40pm" and "shortly before midnight"). */
const meet = (a: Span, b: Span): boolean =>
  [-DAY, 0, DAY].some((shift) => a[0] <= b[1] + shift && b[0] + shift <= a[1]);

/** Claims whose articles give the times of day of what they tell, with none that could be one. */
export function clockDifferences(claims: readonly Claim[]): Discrepancy[] {
  return claims.flatMap((claim) => {
    const byArticle = new Map<string, Side & { spans: Span[] }>();
    for (const m of claim.members) {
      const { spans, labels } = spansIn(m.text);
      if (byArticle.has(m.articleId) || spans.length === 0) continue;
      const value = labels.join(' to ');
      byArticle.set(m.articleId, {
        articleId: m.articleId,
        paragraph: m.paragraph,
        value,
        text: m.text,
        spans,
      });
    }
    const given = [...byArticle.values()];
    const apart = given.some((a) => given.some((b) => !a.spans.some((x) => b.spans.some((y) => meet(x, y)))));
    if (given.length < 2 || !apart) return [];
    const values = [...new Set(given.map((g) => g.value))];
    const sides = given.map(({ spans: _, ...side }) => side);
    return [
      {
        kind: 'date' as const,
        about: `the time: ${values.join(' or ')}, of ${shortQuote(claim.text, 70)}`,
        sides,
      },
    ];
  });
}
