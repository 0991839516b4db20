import { lemmatizer } from '../language/resources/lemma.ts';
import { lookUp } from '../language/resources/wordnet.ts';
import { holdsClause } from '../language/tense.ts';
import { markedSpans } from '../quotes/quotes.ts';
import type { TimeRef } from './time-ref.ts';

// Which clause of a sentence a time belongs to: the main one (the sentence's own event), or an
// aside, a quotation, a relative or an adverbial clause (something the sentence only mentions).

// An aside set off by dashes, brackets or a semicolon is its own clause with its own time.
const CLAUSE_BREAK = /\s[–—]\s|;\s|\s\(|\)\s/gu;

/** The clause of `sentence` around position `at`: the sentence itself unless an aside holds it. */
export function clauseAt(sentence: string, at: number): string {
  let start = 0;
  let end = sentence.length;
  for (const match of sentence.matchAll(CLAUSE_BREAK)) {
    if (match.index < at) start = match.index + match[0].length;
    else if (match.index >= at && end === sentence.length) end = match.index;
  }
  const clause = sentence.slice(start, end).trim();
  // A clause too short to say anything on its own is shown with its sentence.
  return clause.split(/\s+/u).length >= 5 ? clause : sentence;
}

/** Offsets of the quoted stretches of a sentence: what a speaker says has its own time frame. */
export function quotedRanges(text: string): [number, number][] {
  return markedSpans(text).map((s) => [s.start, s.end]);
}

// A relative clause describes a noun ("the explosion that killed 12 workers last week"); its time
// is the described thing's, not the time of what the sentence reports.
const RELATIVE = /\b(?:which|who|whom|whose|where)\b|\b(\p{L}+)\s+that\b/gu;
const isVerb = (word: string) => lookUp(lemmatizer.verb(word.toLowerCase()), 'verb') !== undefined;

/** Where a relative clause that dates something else begins ("… disaster that killed 11 people last week"). */
export function mainClauseEnd(sentence: string, times: readonly TimeRef[]): number {
  const dated = times.filter((t) => !t.implicit && isSubordinate(sentence, t.index));
  for (const m of sentence.matchAll(RELATIVE)) {
    if (m[1] && isVerb(m[1])) continue;
    const at = m[1] ? m.index + m[1].length + 1 : m.index;
    if (dated.some((t) => t.index > at)) return at;
  }
  return sentence.length;
}

/**
 * Whether `index` stands outside the bracketed asides of a sentence that has no other: "issued
 * the recall at 6pm on Tuesday, after the National Food Standards Authority (NFSA) warned" dates
 * the recall; only a time inside the brackets is the aside's.
 */
function outsideBrackets(text: string, index: number): boolean {
  const before = text.slice(0, index);
  const open = (before.match(/\(/gu)?.length ?? 0) - (before.match(/\)/gu)?.length ?? 0);
  return open <= 0 && !/\s[–—]\s|;\s/u.test(text);
}

/** Whether the time at `index` dates something other than the sentence's main clause. */
export function isSubordinate(text: string, index: number): boolean {
  if (quotedRanges(text).some(([s, e]) => index >= s && index < e)) return true;
  if (clauseAt(text, index) !== text && !outsideBrackets(text, index)) return true;
  for (const m of text.slice(0, index).matchAll(RELATIVE)) {
    // "The creamery, which has made cheese since 1987, announced the recall on Tuesday": a
    // relative clause set off by a comma ends at the next one.
    if (/,\s*$/u.test(text.slice(0, m.index)) && text.slice(m.index, index).includes(',')) continue;
    // "said that …" opens what was said, "the explosion that …" describes the explosion.
    if (!m[1] || !isVerb(m[1])) return true;
  }
  return false;
}

// Conjunctions that open an adverbial clause: "hours after the US released images … in November".
const ADVERBIAL = /\b(?:after|before|since|until|when|while|because|although)\s+/giu;

/**
 * Whether the time at `index` stands in an adverbial clause ("… after the White House said …
 * last month"): it dates what the clause tells, not the sentence's main event. A clause opening
 * the sentence ends at its first comma; one later in the sentence runs to its end. "After the
 * blast" is no clause: it holds no verb.
 */
export function inAdverbialClause(text: string, index: number): boolean {
  for (const m of text.matchAll(ADVERBIAL)) {
    const from = m.index + m[0].length;
    if (from > index) break;
    const end = m.index === 0 ? text.indexOf(',', from) : text.length;
    if (index < (end < 0 ? text.length : end) && holdsClause(text.slice(from).split(/[,;:.]/u)[0] ?? ''))
      return true;
  }
  return false;
}
