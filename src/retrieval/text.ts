import { createRequire } from 'node:module';
import { stemmer } from 'stemmer';
import { eng } from 'stopword';
import { answerTypesOf, wantedAnswerType } from './answer-type.ts';
import { americanSpelling, countryLexicon, isDictionaryWord, synonymsOf } from './lexicon.ts';

// Dotted acronyms ("U.S."), words with inner hyphens or apostrophes ("Kim Jong-un", "doesn't"), numbers.
const WORD =
  /(?:\p{Lu}\.){2,}|\p{L}[\p{L}\p{M}\p{N}]*(?:['’-]\p{L}[\p{L}\p{M}\p{N}]*)*|\p{N}+(?:[.,]\p{N}+)*/gu;
const require = createRequire(import.meta.url);
const winkStopWords = require('wink-nlp-utils/src/dictionaries/stop_words.json') as string[];
// Two general English lists, plus the filler of spoken questions ("so is it even true?").
const ACRONYM = /^(?:(?:\p{Lu}\.){2,}|\p{Lu}{2,6})$/u;
const STOP_WORDS = new Set([
  ...eng,
  ...winkStopWords,
  ...'say said says tell me even just actually really ever exactly anyway please also still yet got get lot whether'.split(
    ' ',
  ),
]);

export interface Word {
  /** Lower case, no dots, British spellings made American. */
  readonly norm: string;
  /** Upper-case acronym as written ("US", "DPRK"): kept whole, never dropped as a stop word. */
  readonly acronym: boolean;
  readonly start: number;
  readonly end: number;
}

function isShouting(text: string): boolean {
  let letters = 0;
  let upper = 0;
  for (const char of text) {
    const lower = char.toLowerCase();
    if (lower === char.toUpperCase()) continue;
    letters++;
    if (char !== lower) upper++;
  }
  return letters > 12 && upper / letters > 0.6;
}

/** Splits text into words with offsets; compound parts of three letters or more are split too. */
export function words(text: string): Word[] {
  const shouting = isShouting(text);
  const out: Word[] = [];
  for (const match of text.matchAll(WORD)) {
    const raw = /['’]s$/u.test(match[0]) ? match[0].slice(0, -2) : match[0];
    const start = match.index;
    const end = start + match[0].length;
    const acronym = !shouting && raw.length > 1 && raw.length <= 8 && ACRONYM.test(raw);
    const parts = raw.split('-');
    if (parts.length > 1 && parts.every((p) => p.length >= 3 || /^\p{Lu}{2,}$/u.test(p))) {
      for (const part of parts) out.push(toWord(part, acronym && /^\p{Lu}+$/u.test(part), start, end));
    } else {
      out.push(toWord(raw.replace(/-/g, ''), acronym, start, end));
    }
  }
  return out;
}

function toWord(raw: string, acronym: boolean, start: number, end: number): Word {
  const lower = raw.replace(/\./g, '').toLowerCase().replace(/’/g, "'");
  return { norm: acronym ? lower : americanSpelling(lower), acronym, start, end };
}

/** The concept tokens ("@kp") of the countries named in a run of words, longest name first. */
export function countryConcepts(list: readonly Word[]): string[] {
  const found: string[] = [];
  const { byFirstWord, codes } = countryLexicon;
  for (let i = 0; i < list.length; i++) {
    const word = list[i];
    if (!word) continue;
    const code = word.acronym ? codes.get(word.norm.toUpperCase()) : undefined;
    if (code) {
      found.push(code);
      continue;
    }
    const singular = word.norm.endsWith('s') ? byFirstWord.get(word.norm.slice(0, -1)) : undefined;
    const candidates = [...(byFirstWord.get(word.norm) ?? []), ...(singular ?? [])];
    const name = candidates.find((n) => n.words.every((w, k) => sameWord(list[i + k], w)));
    if (name) {
      found.push(name.concept);
      i += name.words.length - 1;
    }
  }
  return found;
}

// The last word of a name may be plural: "the Russians" names Russia as "the Russian" would.
function sameWord(word: Word | undefined, wanted: string): boolean {
  return word !== undefined && (word.norm === wanted || word.norm === `${wanted}s`);
}

// Stemming dominates indexing time and the vocabulary is small, so each word is stemmed once.
const stems = new Map<string, string | undefined>();

/** The index form of one word, or undefined for stop words. */
export function termOf(word: Word): string | undefined {
  if (word.acronym) return word.norm;
  if (stems.has(word.norm)) return stems.get(word.norm);
  const term = STOP_WORDS.has(word.norm) || word.norm.length < 2 ? undefined : stemmer(word.norm);
  stems.set(word.norm, term);
  return term;
}

/** Text as BM25 terms: stems of content words plus one concept token per country named. */
export function terms(text: string): string[] {
  const list = words(text);
  const out: string[] = [];
  for (const word of list) {
    const term = termOf(word);
    if (term) out.push(term);
  }
  return out.concat(countryConcepts(list), answerTypesOf(text));
}

export interface QueryTerm {
  readonly term: string;
  /** 2 for what the user typed, 1 for what we inferred (synonyms). */
  readonly weight: number;
}

/** One thing the user asked about: the term they typed and the terms that may stand for it. */
export interface QueryGroup {
  readonly term: string;
  readonly alternatives: readonly string[];
  /** An ordinary English word rather than a name: missing from the articles, it matters less. */
  readonly ordinary: boolean;
}

/** A question's groups: each content word with its synonyms, and each country it names. */
export function queryGroups(question: string): QueryGroup[] {
  const list = words(question);
  const groups = new Map<string, { alternatives: Set<string>; ordinary: boolean }>();
  for (const word of list) {
    const term = termOf(word);
    if (!term || groups.has(term)) continue;
    const alternatives = new Set<string>();
    groups.set(term, { alternatives, ordinary: !word.acronym && isDictionaryWord(word.norm) });
    if (word.acronym || /\d/u.test(word.norm)) continue;
    for (const synonym of synonymsOf(word.norm)) {
      const synonymTerm = termOf({ ...word, norm: americanSpelling(synonym) });
      if (synonymTerm && synonymTerm !== term) alternatives.add(synonymTerm);
    }
  }
  for (const concept of countryConcepts(list)) {
    if (!groups.has(concept)) groups.set(concept, { alternatives: new Set(), ordinary: false });
  }
  const answerType = wantedAnswerType(question);
  if (answerType) groups.set(answerType, { alternatives: new Set(), ordinary: true });
  return [...groups].map(([term, g]) => ({ term, alternatives: [...g.alternatives], ordinary: g.ordinary }));
}

/** Weighted BM25 query: what the user typed weighs double what we inferred. */
export function weightedTerms(groups: readonly QueryGroup[]): QueryTerm[] {
  const weights = new Map<string, number>();
  for (const group of groups) {
    weights.set(group.term, 2);
    for (const alt of group.alternatives) if (!weights.has(alt)) weights.set(alt, 1);
  }
  return [...weights].map(([term, weight]) => ({ term, weight }));
}
