import { createRequire } from 'node:module';
import type { Country } from 'world-countries';

// General language resources that bridge the way people ask and the way articles are written.
// Nothing here is specific to one story: countries, spellings and synonyms come from data packages.
const require = createRequire(import.meta.url);
const britishToAmerican =
  require('american-british-english-translator/data/british_spellings.json') as Record<string, string>;
type SynonymEntry = Partial<Record<'n' | 'v' | 'adj' | 'adv' | 's', string[]>>;
const countries = require('world-countries') as Country[];
const lookUpSynonyms = require('synonyms') as (word: string) => SynonymEntry | undefined;

/** Normalises British spellings to American ones, so "defence" and "defense" meet. */
export function americanSpelling(word: string): string {
  return britishToAmerican[word] ?? word;
}

export interface CountryLexicon {
  /** Word sequences (lower case) that name a country, mapped to its concept token. */
  readonly phrases: ReadonlyMap<string, string>;
  /** Upper-case codes such as "US" or "DPRK", mapped to the concept token. */
  readonly codes: ReadonlyMap<string, string>;
  readonly longest: number;
}

function phraseKey(name: string): string | undefined {
  // A capital such as "Washington D.C." is named in news by its first word.
  const bare = name.replace(/(?:\s+(?:\p{Lu}\.)+)+$/u, '').trim();
  if (!/^[\p{Script=Latin}\s'’-]+$/u.test(bare)) return undefined;
  const words = bare
    .toLowerCase()
    .replace(/['’]s\b/gu, '')
    .split(/[\s-]+/u)
    .filter(Boolean);
  return words.length > 0 ? words.join(' ') : undefined;
}

function buildCountryLexicon(): CountryLexicon {
  const phrases = new Map<string, string>();
  const codes = new Map<string, string>();
  for (const country of countries) {
    const concept = `@${country.cca2.toLowerCase()}`;
    const names = [
      country.name.common,
      country.name.official,
      ...country.capital,
      country.demonyms?.eng?.m,
      country.demonyms?.eng?.f,
      ...country.altSpellings.filter((alt) => !/^\p{Lu}{2,4}$/u.test(alt)),
    ];
    for (const name of names) {
      const key = name ? phraseKey(name) : undefined;
      // Keep the first owner of an ambiguous name rather than letting later data overwrite it.
      if (key && !phrases.has(key)) phrases.set(key, concept);
    }
    for (const code of [country.cca2, country.cca3, ...country.altSpellings]) {
      if (/^\p{Lu}{2,4}$/u.test(code) && !codes.has(code)) codes.set(code, concept);
    }
  }
  const longest = Math.max(...[...phrases.keys()].map((k) => k.split(' ').length));
  return { phrases, codes, longest };
}

export const countryLexicon: CountryLexicon = buildCountryLexicon();

/** Whether a word is ordinary English (in the WordNet-derived dictionary), not a name. */
export function isDictionaryWord(word: string): boolean {
  return lookUpSynonyms(word) !== undefined || lookUpSynonyms(lemmaGuess(word)) !== undefined;
}

/** A few synonyms of a word (from WordNet-derived data), nearest senses first. */
export function synonymsOf(word: string, perSense = 3): string[] {
  const out = new Set<string>();
  for (const form of [lookUpSynonyms(word) ? word : lemmaGuess(word)]) {
    for (const list of Object.values(lookUpSynonyms(form) ?? {})) {
      for (const synonym of list.slice(0, perSense + 1)) {
        if (synonym !== word && /^\p{L}+$/u.test(synonym) && synonym.length > 2) out.add(synonym);
      }
    }
  }
  return [...out];
}

function lemmaGuess(word: string): string {
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('ied')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('ing')) return word.slice(0, -3);
  if (word.endsWith('ed')) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}
