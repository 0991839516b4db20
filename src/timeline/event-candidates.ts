import { CLOSE_DAYS, type Mention } from './event-mentions.ts';
import { DAY } from './periods.ts';

// Which mentions may be one event, found through an inverted index instead of comparing every pair
// (5 M pairs at 400 articles). Two mentions are alike only when one's words hold at least a share
// (SAME_DAY_EVENT) of the other's weight: of its terms, or of the clause around its time. A mention
// whose heaviest terms, up to the last (1 - share) of its weight, are all missing from the other
// cannot reach that share, so looking a mention up by those heaviest ("prefix") terms finds every
// pair that can be alike (but for the bounds below, which no real story reaches). Heavy terms are
// rare, so their lists are short.
// Mentions more than CLOSE_DAYS apart are never one event: each list is kept by buckets of days.

// Below the share the grouping asks, for rounding: sums of weights taken in another order differ.
const MARGIN = 0.02;
// A clause of fewer terms says too little (as in event-groups.ts).
const MIN_TERMS = 4;
const MIN_LOCAL_TERMS = 3;
// Bounds that keep the work per mention from growing with the story, far above what a real story
// meets: a term listed for more mentions than this within a bucket of days tells no event apart,
// and a mention is compared with the mentions sharing most heavy weight with it, this many at most.
const MAX_LIST = 100;
const MAX_CANDIDATES = 40;

interface Part {
  /** The heaviest terms, with their weights: a mention sharing none cannot be alike. */
  readonly keys: readonly { readonly t: string; readonly w: number }[];
}

/** The heaviest terms of a set without which less than `share` of its weight is left. */
function partOf(set: ReadonlySet<string>, weight: (t: string) => number, share: number): Part {
  const weighted = [...set].map((t) => ({ t, w: weight(t) })).sort((x, y) => y.w - x.w);
  const total = weighted.reduce((sum, x) => sum + x.w, 0);
  const keys: { t: string; w: number }[] = [];
  let rest = total;
  for (const key of weighted) {
    if (rest < (share - MARGIN) * total) break;
    keys.push(key);
    rest -= key.w;
  }
  return { keys };
}

export const prefixTerms = (set: ReadonlySet<string>, weight: (t: string) => number, share: number) =>
  partOf(set, weight, share).keys.map((k) => k.t);

const BUCKET = CLOSE_DAYS * DAY;
type Postings = Map<string, Map<number, number[]>>;

/** The buckets a period covers, widened by `by` on both sides. */
function bucketsOf([start, end]: readonly [number, number], by = 0): number[] {
  const out: number[] = [];
  for (let b = Math.floor((start - by) / BUCKET); b <= Math.floor((end + by) / BUCKET); b++) out.push(b);
  return out;
}

function add(index: Postings, key: string, buckets: readonly number[], i: number): void {
  const byBucket = index.get(key) ?? new Map<number, number[]>();
  index.set(key, byBucket);
  for (const b of buckets) {
    const list = byBucket.get(b);
    if (list) list.push(i);
    else byBucket.set(b, [i]);
  }
}

/** The mentions of a story looked up by their heaviest terms and by every word they hold. */
export class MentionIndex {
  /** Each term of a mention or its rewordings: where another's heavy terms are found. */
  private readonly whole: Postings = new Map();
  /** Each heavy term of a mention's words or of its clause around the time. */
  private readonly heavy: Postings = new Map();
  private readonly keys: string[][];
  /** What of each mention must be found in another: its terms, and its clause around the time. */
  private readonly parts: Part[][];
  /** The buckets of days within CLOSE_DAYS of each mention's period. */
  private readonly near: number[][];
  // Scratch space for one mention's candidates: their scores, the round (one per mention) that
  // touched each, and the term (one number per list walked) that last counted it.
  private readonly scores: Float64Array;
  private readonly rounds: Int32Array;
  private readonly counted: Int32Array;
  private round = 1;
  private term = 0;
  private touched: number[] = [];

  constructor(
    private readonly mentions: readonly Mention[],
    private readonly weight: (t: string) => number,
    share: number,
    span: (m: Mention) => readonly [number, number],
  ) {
    this.near = mentions.map((m) => bucketsOf(span(m), BUCKET));
    this.scores = new Float64Array(mentions.length);
    this.rounds = new Int32Array(mentions.length);
    this.counted = new Int32Array(mentions.length);
    this.parts = mentions.map((m) => {
      if (m.words.terms.size < MIN_TERMS) return [];
      const terms = partOf(m.words.terms, weight, share);
      return m.words.local.size >= MIN_LOCAL_TERMS ? [terms, partOf(m.words.local, weight, share)] : [terms];
    });
    this.keys = this.parts.map((parts) => [...new Set(parts.flatMap((p) => p.keys.map((k) => k.t)))]);
    mentions.forEach((m, i) => {
      if (m.words.terms.size < MIN_TERMS) return;
      const own = bucketsOf(span(m));
      for (const t of new Set([...m.words.terms, ...m.words.related])) add(this.whole, t, own, i);
      for (const t of this.keys[i] ?? []) add(this.heavy, t, own, i);
    });
  }

  /** Adds `w` to each mention listed under a term in the buckets near mention `i`, once each. */
  private listed(index: Postings, term: string, w: number, i: number): void {
    const byBucket = index.get(term);
    if (!byBucket) return;
    const counting = ++this.term;
    for (const b of this.near[i] ?? []) {
      const list = byBucket.get(b);
      if (!list || list.length > MAX_LIST) continue;
      for (const j of list) {
        if (j === i || this.counted[j] === counting) continue;
        this.counted[j] = counting;
        if (this.rounds[j] !== this.round) {
          this.rounds[j] = this.round;
          this.scores[j] = 0;
          this.touched.push(j);
        }
        this.scores[j] = (this.scores[j] ?? 0) + w;
      }
    }
  }

  /** The mentions that share most heavy weight with mention `i`, at most MAX_CANDIDATES. */
  private best(): number[] {
    const touched = this.touched;
    this.touched = [];
    this.round++;
    if (touched.length <= MAX_CANDIDATES) return touched;
    const { scores } = this;
    return touched.sort((x, y) => (scores[y] ?? 0) - (scores[x] ?? 0) || x - y).slice(0, MAX_CANDIDATES);
  }

  /** Positions of the mentions that may be like mention `i`: its heavy terms in theirs, or theirs in it. */
  candidates(i: number): number[] {
    const m = this.mentions[i];
    if (!m) return [];
    for (const part of this.parts[i] ?? [])
      for (const { t, w } of part.keys) this.listed(this.whole, t, w, i);
    if (m.words.terms.size >= MIN_TERMS)
      for (const t of new Set([...m.words.terms, ...m.words.related]))
        this.listed(this.heavy, t, this.weight(t), i);
    return this.best();
  }

  /** Every pair `[i, j]`, i < j, that may be alike, in the order of a loop over i then j. */
  pairs(): [number, number][] {
    const n = this.mentions.length;
    const codes: number[] = [];
    // From either end is enough: the lighter mention's heavy terms are in the heavier one.
    this.parts.forEach((parts, i) => {
      for (const { keys } of parts) for (const { t, w } of keys) this.listed(this.whole, t, w, i);
      for (const j of this.best()) codes.push(Math.min(i, j) * n + Math.max(i, j));
    });
    const unique = [...new Set(codes)].sort((x, y) => x - y);
    return unique.map((c) => [Math.floor(c / n), c % n]);
  }
}
