import { createRequire } from 'node:module';
import { stemmer } from 'stemmer';
import { eng } from 'stopword';
import { answerTypesOf } from './answer-type.ts';
import { countryConcepts } from './countries.ts';
import { nounExceptions, verbExceptions } from './resources/lemma.ts';
import { relatedTo } from './resources/related.ts';
import { baseForms, isLemma } from './resources/word-forms.ts';
import { wordMemo } from './resources/word-memo.ts';
import { type Word, words } from './words.ts';

export { type Word, words } from './words.ts';

const require = createRequire(import.meta.url);
const winkStopWords = require('wink-nlp-utils/src/dictionaries/stop_words.json') as string[];
// Two general English lists, plus the filler of spoken questions ("so is it even true?") and a
// preposition both lists lack.
const STOP_WORDS = new Set([
  ...eng,
  ...winkStopWords,
  ...'say said says tell me even just actually really ever exactly anyway please also still yet got get lot whether via'.split(
    ' ',
  ),
]);

/** The index form of one word, or undefined for stop words. */
export function termOf(word: Word): string | undefined {
  return word.acronym ? word.norm : stemOf(word.norm);
}

// Stemming dominates indexing time, so each word is stemmed once.
const stemOf = wordMemo((norm): string | undefined => {
  const stem = STOP_WORDS.has(norm) || norm.length < 2 ? undefined : stemmer(norm);
  const irregular = stem === norm ? irregularBase(norm) : undefined;
  return irregular ? stemmer(irregular) : stem && stem !== norm ? unclashed(norm, stem) : stem;
});

/**
 * The base of an irregular form the stemmer cannot undo ("blew" → "blow", "fled" → "flee",
 * "children" → "child"), from WordNet's exception lists. A form that is a word of its own
 * ("left", "rose", "found") stays itself: the other sense is as likely.
 */
function irregularBase(word: string): string | undefined {
  if (isLemma(word)) return undefined;
  const verb = Object.hasOwn(verbExceptions, word) ? verbExceptions[word] : undefined;
  if (verb && verb !== word && !STOP_WORDS.has(verb)) return verb;
  const noun = Object.hasOwn(nounExceptions, word) ? nounExceptions[word] : undefined;
  return noun && noun !== word ? noun : undefined;
}

/**
 * The stem of a word's dictionary base form ("routes" → "route" → "rout"), unless the stemmer
 * cuts that into an unrelated word: "news" into "new", "use" into "us" (which meets "US"),
 * "organization" into "organ", "route" into "rout". Then the base form itself is the term. A
 * stem that WordNet relates to the word ("recently" → "recent") is kept: that conflation helps.
 */
function unclashed(word: string, stem: string): string {
  // The longest base form strips the least: "routes" is "route" rather than "rout".
  const base =
    baseForms(word).reduce((best, b) => (b !== word && b.length > best.length ? b : best), '') || word;
  const baseStem = base === word ? stem : stemmer(base);
  if (baseStem === base || !isLemma(baseStem)) return baseStem;
  const { near, far } = relatedTo(base);
  return near.includes(baseStem) || far.includes(baseStem) ? baseStem : base;
}

/** Text as terms: stems of content words plus one concept token per country named. */
export function terms(text: string): string[] {
  const list = words(text);
  const out: string[] = [];
  for (const word of list) {
    const term = termOf(word);
    if (term) out.push(term);
  }
  return out.concat(countryConcepts(list), answerTypesOf(text));
}
