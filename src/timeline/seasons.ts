import { tenseAround } from '../language/tense.ts';
import { iso, monthStart, type Precision, SEASONS, utc } from './periods.ts';
import type { TimeRef } from './time-ref.ts';

// "In spring 2026": a year after the season names it.
const SEASON =
  /\b(?:(?:in|by|until|during|this|next|last|early|late)\s+(?:the\s+)?)(spring|summer|autumn|fall|winter)\b(?:\s+(?:of\s+)?((?:19|20)\d{2})\b)?/giu;

/** "in the spring": the season the tense points to, next to publication. */
export function seasons(text: string, published: string): TimeRef[] {
  return [...text.matchAll(SEASON)].flatMap((m) => {
    const name = (m[1] ?? '').toLowerCase();
    const first = SEASONS[name] ?? 0;
    const tense = /^next/iu.test(m[0])
      ? 'future'
      : /^last/iu.test(m[0])
        ? 'past'
        : tenseAround(text, m.index, m.index + m[0].length);
    if (m[2])
      return [
        {
          start: iso(new Date(Date.UTC(Number(m[2]), first, 1, 12))),
          precision: 'season' as Precision,
          text: m[0],
          index: m.index,
        },
      ];
    const pub = utc(published);
    let year = pub.getUTCFullYear() - (first === 11 && pub.getUTCMonth() < 2 ? 1 : 0);
    let start = iso(new Date(Date.UTC(year, first, 1, 12)));
    // The season under way at publication is "this" one; otherwise the next one or the last one.
    const end = monthStart(start, 3);
    if (tense === 'future' && end <= published) start = iso(new Date(Date.UTC(++year, first, 1, 12)));
    if (tense === 'past' && start > published) start = iso(new Date(Date.UTC(--year, first, 1, 12)));
    return [{ start, precision: 'season' as Precision, text: m[0], index: m.index }];
  });
}
