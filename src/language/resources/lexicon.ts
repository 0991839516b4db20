import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Country } from 'world-countries';
import { isCommonWord } from './word-forms.ts';

// General language resources that bridge the way people ask and the way articles are written.
// Nothing here is specific to one story: countries, spellings and synonyms come from data packages.
const require = createRequire(import.meta.url);
const britishToAmerican = new Map(
  Object.entries(
    require('american-british-english-translator/data/british_spellings.json') as Record<string, string>,
  ),
);
type SynonymEntry = Partial<Record<'n' | 'v' | 'adj' | 'adv' | 's', string[]>>;
const countries = require('world-countries') as Country[];
// The package's own look-up scans the whole dictionary for every word it lacks; read it directly.
// Read on first use; the compiled runtime reads the copy `npm run build` writes as JSON
// (dist/synonyms.json), which parses many times faster than the package's JavaScript.
let dictionary: Map<string, SynonymEntry> | undefined;
function synonymDictionary(): Map<string, SynonymEntry> {
  if (!dictionary) {
    const json = fileURLToPath(new URL('../synonyms.json', import.meta.url));
    const entries = existsSync(json)
      ? (JSON.parse(readFileSync(json, 'utf8')) as Record<string, SynonymEntry>)
      : (require('synonyms/dictionary.js') as Record<string, SynonymEntry>);
    dictionary = new Map(Object.entries(entries));
  }
  return dictionary;
}
const lookUpSynonyms = (word: string): SynonymEntry | undefined => synonymDictionary().get(word);

/** Normalises British spellings to American ones, so "defence" and "defense" meet. */
export function americanSpelling(word: string): string {
  return britishToAmerican.get(word) ?? word;
}

export interface CountryName {
  readonly words: readonly string[];
  readonly concept: string;
}

export interface CountryLexicon {
  /** Names by their first word (lower case), longest first. */
  readonly byFirstWord: ReadonlyMap<string, readonly CountryName[]>;
  /** Upper-case codes such as "US" or "DPRK", mapped to the concept token. */
  readonly codes: ReadonlyMap<string, string>;
  /** Codes as typed in lower case in a chat ("uk", "nk"), mapped to the concept token. */
  readonly lowerCodes: ReadonlyMap<string, string>;
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

// Abbreviations news and chat use for a country that are no code of the data's: "NK" for North
// Korea, "ROK" for South Korea, "PRC" for China, "KSA" for Saudi Arabia.
const NEWS_CODES: Readonly<Record<string, string>> = { NK: 'KP', ROK: 'KR', PRC: 'CN', KSA: 'SA' };
// Codes typed in lower case in a chat that are no English word ("uk", "nk", "usa"); "us" is one.
const TYPED_LOWER = new Set(['UK', 'NK', 'USA', 'UAE', 'DPRK', 'PRC', 'ROK', 'KSA', 'DRC']);

function buildCountryLexicon(): CountryLexicon {
  const phrases = new Map<string, string>();
  const codes = new Map<string, string>();
  // A name some territories share ("American", "French") belongs to the sovereign state first.
  const rank = (c: Country) => (c.unMember ? 0 : c.independent ? 1 : 2);
  for (const country of [...countries].sort((a, b) => rank(a) - rank(b))) {
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
  for (const [code, cca2] of Object.entries(NEWS_CODES)) codes.set(code, `@${cca2.toLowerCase()}`);
  const byFirstWord = new Map<string, CountryName[]>();
  for (const [phrase, concept] of phrases) {
    const words = phrase.split(' ');
    const first = words[0] ?? '';
    byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), { words, concept }]);
  }
  for (const names of byFirstWord.values()) names.sort((a, b) => b.words.length - a.words.length);
  const lowerCodes = new Map(
    [...TYPED_LOWER].flatMap((code) => {
      const concept = codes.get(code);
      return concept ? [[code.toLowerCase(), concept] as const] : [];
    }),
  );
  return { byFirstWord, codes, lowerCodes };
}

export const countryLexicon: CountryLexicon = buildCountryLexicon();

/** Whether a word is ordinary English (WordNet has it in lower case in its commonest sense), not a name. */
export function isDictionaryWord(word: string): boolean {
  return isCommonWord(word);
}

let reverse: Map<string, string[]> | undefined;

/** Head words whose entries list `word` among their first synonyms (the dictionary is one-way). */
function listedUnder(word: string, perSense: number): string[] {
  if (!reverse) {
    reverse = new Map();
    for (const [head, entry] of synonymDictionary()) {
      for (const list of Object.values(entry)) {
        for (const synonym of list.slice(1, perSense + 1)) {
          if (synonym === head) continue;
          const heads = reverse.get(synonym);
          if (heads) heads.push(head);
          else reverse.set(synonym, [head]);
        }
      }
    }
  }
  return reverse.get(word) ?? [];
}

/** A few synonyms of a word (from WordNet-derived data), nearest senses first, both directions. */
export function synonymsOf(word: string, perSense = 3): string[] {
  const out = new Set<string>();
  const form = lookUpSynonyms(word) ? word : lemmaGuess(word);
  for (const list of Object.values(lookUpSynonyms(form) ?? {})) {
    for (const synonym of list.slice(0, perSense + 1)) out.add(synonym);
  }
  for (const head of listedUnder(form, perSense)) out.add(head);
  out.delete(word);
  return [...out].filter((s) => /^\p{L}+$/u.test(s) && s.length > 2);
}

function lemmaGuess(word: string): string {
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('ied')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('ing')) return word.slice(0, -3);
  if (word.endsWith('ed')) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}
