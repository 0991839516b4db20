import { countryLexicon } from './resources/lexicon.ts';
import type { Word } from './words.ts';

/** The concept tokens ("@kp") of the countries named in a run of words, longest name first. */
export function countryConcepts(list: readonly Word[]): string[] {
  return countryMentions(list).map((m) => m.concept);
}

export interface CountryMention {
  readonly concept: string;
  /** Index of the name's first word in the list, and one past its last. */
  readonly from: number;
  readonly to: number;
}

/** Where a run of words names countries, longest name first. */
export function countryMentions(list: readonly Word[]): CountryMention[] {
  const found: CountryMention[] = [];
  const { byFirstWord, codes, lowerCodes } = countryLexicon;
  for (let i = 0; i < list.length; i++) {
    const word = list[i];
    if (!word) continue;
    const code = word.acronym ? codes.get(word.norm.toUpperCase()) : lowerCodes.get(word.norm);
    if (code) {
      found.push({ concept: code, from: i, to: i + 1 });
      continue;
    }
    const singular = word.norm.endsWith('s') ? byFirstWord.get(word.norm.slice(0, -1)) : undefined;
    const candidates = [...(byFirstWord.get(word.norm) ?? []), ...(singular ?? [])];
    const name = candidates.find((n) => n.words.every((w, k) => sameWord(list[i + k], w)));
    if (name) {
      found.push({ concept: name.concept, from: i, to: i + name.words.length });
      i += name.words.length - 1;
    }
  }
  return found;
}

// The last word of a name may be plural: "the Russians" names Russia as "the Russian" would.
function sameWord(word: Word | undefined, wanted: string): boolean {
  return word !== undefined && (word.norm === wanted || word.norm === `${wanted}s`);
}
