import { differentPeople } from '../language/people.ts';
import { isContinuing } from '../language/tense.ts';
import type { EventWords } from './event-clauses.ts';
import { CLOSE_DAYS, type Mention } from './event-mentions.ts';
import { DAY, periodOf, utc } from './periods.ts';

// Mentions of different articles report one event when they share what happened and who did it,
// at close dates. What happened is measured on the clause's terms, each weighted by how rare it is
// in the story: "Brenmoor", "explosion", "North Korea" are in every report and say little; the
// people named must not differ ("Marsh told reporters" is not "Vennick said at a vigil").

// Share of the lighter mention's weight found in the other, for one event. Reports of the same day
// (or a day apart: sources disagree by a day) need less, since translations reword freely.
const SAME_EVENT = 0.45;
export const SAME_DAY_EVENT = 0.35;
// A clause of fewer terms says too little to be matched with another ("Brenmoor.").
const MIN_TERMS = 4;
const MIN_LOCAL_TERMS = 3;
const COARSE: ReadonlySet<string> = new Set(['season', 'year']);

/** The period a mention covers, as times; a lead without a time spans its news cycle. */
export function spanOf(m: Mention): [number, number] {
  if (m.time.implicit && !m.datedBy) {
    const published = utc(m.published).getTime();
    return [published - CLOSE_DAYS * DAY, published];
  }
  const [start, end] = periodOf(m.time);
  return [utc(start).getTime(), utc(end).getTime()];
}

/** Weighted share of `part`'s terms found in `whole`, as they are or reworded. */
function contained(part: ReadonlySet<string>, whole: EventWords, weight: (t: string) => number): number {
  let total = 0;
  let shared = 0;
  for (const t of part) {
    total += weight(t);
    if (whole.terms.has(t) || whole.related.has(t)) shared += weight(t);
  }
  return total === 0 ? 0 : shared / total;
}

/**
 * How alike mentions are as reports of one event. What each mention alone gives (its period, its
 * weight, whether it tells a state that goes on) is worked out once per grouping: pairs are many.
 */
export class Likeness {
  private readonly spans = new Map<Mention, [number, number]>();
  private readonly totals = new Map<Mention, number>();
  private readonly goesOn = new Map<Mention, boolean>();

  constructor(private readonly weight: (t: string) => number) {}

  /** The days between two mentions' periods (0 when they overlap). */
  gapDays(a: Mention, b: Mention): number {
    const [x, y] = [this.span(a), this.span(b)];
    return Math.max(0, x[0] - y[1], y[0] - x[1]) / DAY;
  }

  /** How alike two mentions are as reports of one event; 0 when they cannot be one. */
  of(a: Mention, b: Mention): number {
    if (a.sentence === b.sentence || differentPeople(a.people, b.people)) return 0;
    if (a.words.terms.size < MIN_TERMS || b.words.terms.size < MIN_TERMS) return 0;
    const sameArticle = a.source.articleId === b.source.articleId;
    // Within one article only the undated lead and the sentence that dates its news are one event.
    if (sameArticle && !(a.time.implicit || b.time.implicit)) return 0;
    // An undated lead spans its news cycle, which any season or year holds: "our most popular
    // cheese this winter" is no date of the lead's news.
    const lead = (x: Mention, y: Mention) => x.time.implicit && !x.datedBy && COARSE.has(y.time.precision);
    if (lead(a, b) || lead(b, a)) return 0;
    const gap = this.gapDays(a, b);
    if (gap > CLOSE_DAYS) return 0;
    // "Schools were closed on Tuesday" and "schools remain closed on Thursday" are two states of one
    // thing, not one event the sources date differently.
    if (gap > 0 && (this.continuing(a) || this.continuing(b))) return 0;
    const share = this.sharedWeight(a, b);
    const days = a.time.precision === 'day' && b.time.precision === 'day' && gap <= 1;
    return share >= (days ? SAME_DAY_EVENT : SAME_EVENT) ? share : 0;
  }

  /**
   * How much two mentions say the same: the lighter one's terms found in the other, or the clause
   * right around one time found in the other ("since Moscow invaded Ukraine in February" in "the
   * war, which began with Moscow's invasion … in February").
   */
  private sharedWeight(a: Mention, b: Mention): number {
    const [light, heavy] = this.total(a) <= this.total(b) ? [a, b] : [b, a];
    // The clause must tell what happened in the other too: "missiles had crossed into Russia" is
    // not "Kirby noted … missiles" for sharing the missiles and Russia.
    const acted = (x: Mention, y: Mention) =>
      x.words.acts.size === 0 ||
      [...x.words.acts].some((t) => y.words.terms.has(t) || y.words.related.has(t));
    const local = (x: Mention, y: Mention) =>
      x.words.local.size >= MIN_LOCAL_TERMS && acted(x, y)
        ? contained(x.words.local, y.words, this.weight)
        : 0;
    return Math.max(contained(light.words.terms, heavy.words, this.weight), local(a, b), local(b, a));
  }

  private span(m: Mention): [number, number] {
    return once(this.spans, m, () => spanOf(m));
  }

  private total(m: Mention): number {
    return once(this.totals, m, () => [...m.words.terms].reduce((acc, t) => acc + this.weight(t), 0));
  }

  private continuing(m: Mention): boolean {
    return once(this.goesOn, m, () => isContinuing(m.text));
  }
}

function once<K, V>(known: Map<K, V>, key: K, make: () => V): V {
  if (!known.has(key)) known.set(key, make());
  return known.get(key) as V;
}
