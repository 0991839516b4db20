import type { SourceRef } from '../corpus/types.ts';
import { terms } from '../language/text.ts';
import { BM25Index } from '../retrieval/bm25.ts';
import { memoKey, type Story } from '../retrieval/story.ts';
import { type Attributed, attribute } from './attribution.ts';
import { groupSameWords, pairsOf } from './quote-groups.ts';
import type { QuoteKind } from './quotes.ts';
import { contentTokens, type Speaker, SpeakerBook } from './speakers.ts';

/** One quotation of the story with its speaker, its terms and its group of same-worded quotes. */
export interface QuoteEntry {
  readonly quote: Attributed;
  readonly speaker: Speaker | undefined;
  /** For words credited to a statement, the person or official who made it. */
  readonly voice: Speaker | undefined;
  readonly terms: readonly string[];
  readonly termSet: ReadonlySet<string>;
  /** Neighbouring terms, in order: what tells the same words from words on one topic. */
  readonly pairs: ReadonlySet<string>;
  group: number;
}

export interface QuoteBook {
  readonly entries: readonly QuoteEntry[];
  readonly speakers: SpeakerBook;
  readonly index: BM25Index;
}

export interface QuoteMatch {
  readonly quote: string;
  readonly kind: QuoteKind;
  /** Undefined for an unattributed quotation. */
  readonly speaker: Speaker | undefined;
  /** Who made the statement the words are credited to ("the statement added"), when the text says. */
  readonly voice: Speaker | undefined;
  readonly articleId: string;
  readonly paragraph: number;
  /** The same words, attributed to the same speaker, in other places. */
  readonly alsoIn: readonly SourceRef[];
  readonly confidence: number;
}

const BOOKS = memoKey<QuoteBook>('quote book');

/** Every quotation of the story, attributed, merged by speaker and indexed; built once per story. */
export function quoteBook(story: Story): QuoteBook {
  return story.memo(BOOKS, () => {
    const quotes = story.corpus.articles.flatMap(attribute);
    const people = new Set(story.people.people);
    const spelled = new Map(story.acronyms.map((a) => [a.letters, a.written]));
    const speakers = new SpeakerBook(
      quotes.flatMap((q) => [q.mention, q.voice].filter((m): m is string => m !== undefined)),
      people,
      spelled,
    );
    const entries: QuoteEntry[] = quotes.map((quote, i) => {
      const list = terms(quote.text);
      const [speaker, voice] = [speakers.of(quote.mention), speakers.of(quote.voice)];
      return { quote, speaker, voice, terms: list, termSet: new Set(list), pairs: pairsOf(list), group: i };
    });
    // Same words in several places form one group: the smallest position among them names it.
    groupSameWords(entries);
    const book = { entries, speakers, index: BM25Index.build(entries.map((e) => e.terms)) };
    return book;
  });
}

const ref = (e: QuoteEntry): SourceRef => ({ articleId: e.quote.articleId, paragraph: e.quote.paragraph });
const unitOf = (e: QuoteEntry) => `${e.group}|${e.speaker?.id ?? ''}`;
// Below this share of the query's terms a quotation is not the one asked about.
const MIN_COVERAGE = 0.6;
const RELATIVE_FLOOR = 0.6;

/** Fuzzy phrase overlap: the query's terms found in the quote, and its term pairs found in order. */
function phraseScore(query: readonly string[], entry: QuoteEntry): number {
  const unique = [...new Set(query)];
  const coverage = unique.filter((t) => entry.termSet.has(t)).length / Math.max(unique.length, 1);
  if (coverage < MIN_COVERAGE) return 0;
  const pairs = (list: readonly string[]) => new Set(list.slice(1).map((t, i) => `${list[i]} ${t}`));
  const [asked, found] = [pairs(query), pairs(entry.terms)];
  const order = asked.size === 0 ? coverage : [...asked].filter((p) => found.has(p)).length / asked.size;
  return 0.75 * coverage + 0.25 * order;
}

/** Quotations matching a few words: BM25 over the quotations finds them, phrase overlap ranks them. */
function byWords(book: QuoteBook, words: string, pool: ReadonlySet<QuoteEntry>): Map<QuoteEntry, number> {
  const query = terms(words);
  const hits = book.index.search([...new Set(query)].map((term) => ({ term, weight: 1 })));
  const top = hits[0]?.score ?? 1;
  const scores = new Map<QuoteEntry, number>();
  for (const hit of hits) {
    const entry = book.entries[hit.doc];
    const phrase = entry && pool.has(entry) ? phraseScore(query, entry) : 0;
    if (entry && phrase > 0) scores.set(entry, 0.85 * phrase + 0.15 * (hit.score / top));
  }
  // Far weaker matches only share a few common words ("Russia", "weapons") with the one asked for.
  const best = Math.max(0, ...scores.values());
  for (const [entry, score] of scores) if (score < RELATIVE_FLOOR * best) scores.delete(entry);
  return scores;
}

/** Speakers a name refers to: an exact name or alias if any, else all whose words hold the query's. */
export function speakersMatching(book: QuoteBook, name: string): Speaker[] {
  const norm = (s: string) => [...contentTokens(s)].join(' ');
  const asked = contentTokens(name);
  const all = book.speakers.speakers;
  const exact = all.filter((s) => [s.name, ...s.aliases].some((a) => norm(a) === norm(name)));
  if (exact.length > 0) return exact;
  return all.filter((s) => {
    const own = contentTokens([s.name, s.role ?? '', ...s.aliases].join(' '));
    return asked.size > 0 && [...asked].every((t) => own.has(t));
  });
}

export interface WhoSaidQuery {
  readonly quote?: string | undefined;
  readonly speaker?: string | undefined;
}

/** Who said some words, or what a speaker said: matches best first, each with all its sources. */
export function whoSaid(
  story: Story,
  { quote, speaker }: WhoSaidQuery,
): { query: string; matches: QuoteMatch[] } {
  const book = quoteBook(story);
  const query = [quote, speaker].filter((s) => s?.trim()).join(' · ');
  let pool = book.entries;
  if (speaker?.trim()) {
    const unattributed = /^unattributed$/iu.test(speaker.trim());
    const wanted = new Set(speakersMatching(book, speaker));
    // A statement's words are its maker's too: "Deputy Director" finds what "the statement added".
    const asked = (s: Speaker | undefined) => s !== undefined && wanted.has(s);
    pool = pool.filter((e) => (e.speaker ? asked(e.speaker) || asked(e.voice) : unattributed));
  }
  const scores = quote?.trim()
    ? byWords(book, quote, new Set(pool))
    : new Map(pool.map((e) => [e, 1] as const));
  const best = new Map<string, QuoteEntry>();
  for (const [entry, score] of scores) {
    const held = best.get(unitOf(entry));
    if (!held || score > (scores.get(held) ?? 0)) best.set(unitOf(entry), entry);
  }
  const matches = [...best.values()].map((entry) => ({
    quote: entry.quote.text,
    kind: entry.quote.kind,
    speaker: entry.speaker,
    voice: entry.voice,
    ...ref(entry),
    alsoIn: book.entries.filter((e) => e !== entry && unitOf(e) === unitOf(entry)).map(ref),
    // How sure both the match and its attribution are; an unattributed quote is never sure.
    confidence: Math.round((scores.get(entry) ?? 0) * (0.5 + 0.5 * entry.quote.confidence) * 100) / 100,
  }));
  const order = (m: QuoteMatch) =>
    story.corpus.articles.findIndex((a) => a.meta.id === m.articleId) * 1e4 + m.paragraph;
  return {
    query,
    matches: matches.sort((a, b) => (quote?.trim() ? b.confidence - a.confidence : 0) || order(a) - order(b)),
  };
}
