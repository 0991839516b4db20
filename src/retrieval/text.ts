import { createRequire } from 'node:module';
import { stemmer } from 'stemmer';
import { eng } from 'stopword';
import { americanSpelling, countryLexicon, isDictionaryWord, synonymsOf } from './lexicon.ts';

// Dotted acronyms ("U.S."), words with inner hyphens or apostrophes ("Kim Jong-un", "doesn't"), numbers.
const WORD =
  /(?:\p{Lu}\.){2,}|\p{L}[\p{L}\p{M}\p{N}]*(?:['’-]\p{L}[\p{L}\p{M}\p{N}]*)*|\p{N}+(?:[.,]\p{N}+)*/gu;
const require = createRequire(import.meta.url);
const winkStopWords = require('wink-nlp-utils/src/dictionaries/stop_words.json') as string[];
// Two general English lists, plus the filler of spoken questions ("so is it even true?").
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
  const letters = text.replace(/[^\p{L}]/gu, '');
  const upper = letters.replace(/[^\p{Lu}]/gu, '');
  return letters.length > 12 && upper.length / letters.length > 0.6;
}

/** Splits text into words with offsets; compound parts of three letters or more are split too. */
export function words(text: string): Word[] {
  const shouting = isShouting(text);
  const out: Word[] = [];
  for (const match of text.matchAll(WORD)) {
    const raw = match[0].replace(/['’]s$/u, '');
    const start = match.index;
    const end = start + match[0].length;
    const acronym = !shouting && /^(?:(?:\p{Lu}\.){2,}|\p{Lu}{2,6})$/u.test(raw);
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
  const { phrases, codes, longest } = countryLexicon;
  for (let i = 0; i < list.length; i++) {
    const word = list[i];
    if (!word) continue;
    const code = word.acronym ? codes.get(word.norm.toUpperCase()) : undefined;
    if (code) {
      found.push(code);
      continue;
    }
    for (let n = Math.min(longest, list.length - i); n >= 1; n--) {
      const phrase = list
        .slice(i, i + n)
        .map((w) => w.norm)
        .join(' ');
      // Plural demonyms ("the Russians") name the country too.
      const concept =
        phrases.get(phrase) ?? (phrase.endsWith('s') ? phrases.get(phrase.slice(0, -1)) : undefined);
      if (concept) {
        found.push(concept);
        i += n - 1;
        break;
      }
    }
  }
  return found;
}

/** The index form of one word, or undefined for stop words. */
export function termOf(word: Word): string | undefined {
  if (word.acronym) return word.norm;
  if (STOP_WORDS.has(word.norm) || word.norm.length < 2) return undefined;
  return stemmer(word.norm);
}

/** Text as BM25 terms: stems of content words plus one concept token per country named. */
export function terms(text: string): string[] {
  const list = words(text);
  const out: string[] = [];
  for (const word of list) {
    const term = termOf(word);
    if (term) out.push(term);
  }
  return out.concat(countryConcepts(list));
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
