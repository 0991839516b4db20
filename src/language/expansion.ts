import { isClosedClass } from './resources/closed-class.ts';
import { lemmatizer } from './resources/lemma.ts';
import { americanSpelling, synonymsOf } from './resources/lexicon.ts';
import { relatedTo } from './resources/related.ts';
import { wordMemo } from './resources/word-memo.ts';
import { termOf, type Word, words } from './text.ts';

// Query expansion: what may stand for a word a user typed, from WordNet and a thesaurus, as
// index terms; word families; two-word expressions.

/** A word or phrase as one alternative: its terms joined by spaces, or undefined if it has none. */
export function phraseTerm(phrase: string): string | undefined {
  const list = words(americanSpelling(phrase)).flatMap((w) => termOf({ ...w, acronym: false }) ?? []);
  return list.length > 0 ? list.join(' ') : undefined;
}

export interface Expansion {
  readonly equivalents: readonly string[];
  readonly near: readonly string[];
  readonly far: readonly string[];
}

export function expand(word: Word, ordinary: boolean, term: string): Expansion {
  const { norm } = word;
  // A name is looked up as it is written: "UN" is the United Nations, "Un" (Kim Jong Un) is not.
  const name = word.acronym ? norm.toUpperCase() : `${norm.charAt(0).toUpperCase()}${norm.slice(1)}`;
  // Chat types acronyms in lower case ("ceo", "nato"): a word that is no English word and no
  // name WordNet knows is read as the acronym it spells, when WordNet knows that.
  const acronym =
    word.acronym ||
    (!ordinary &&
      relatedTo(norm, name).near.length === 0 &&
      relatedTo(norm, norm.toUpperCase()).near.length > 0);
  const key = ordinary ? '' : acronym ? norm.toUpperCase() : name;
  return expansions([key, norm, term, acronym ? 'acronym' : ''].join(SEPARATOR));
}

const SEPARATOR = '\u0000';

// Expansions are the same for a word in every question, and looking them up is the slow part.
const expansions = wordMemo((key): Expansion => {
  const [name, norm = '', term, acronym] = key.split(SEPARATOR);
  const wordnet = relatedTo(norm, name || undefined);
  const synonyms = name ? wordnet.near : [...synonymsOf(norm), ...wordnet.near];
  const nearSet = new Set(synonyms.flatMap((w) => phraseTerm(w) ?? []));
  const farSet = new Set(wordnet.far.flatMap((w) => phraseTerm(w) ?? []));
  for (const near of nearSet) farSet.delete(near);
  nearSet.delete(term ?? '');
  farSet.delete(term ?? '');
  // The phrases WordNet gives as synonyms of an acronym are what it stands for ("ICBM").
  const spelledOut = acronym ? [...nearSet].filter((p) => p.includes(' ')) : [];
  const near = [...nearSet].filter((p) => !spelledOut.includes(p));
  return { equivalents: spelledOut, near, far: [...farSet] };
});

// A pronoun may stand between a phrasal verb and its particle: "tip them off", "set it up".
const BETWEEN = new Set(['it', 'them', 'him', 'her', 'us', 'me', 'you', 'this', 'that']);

/**
 * Synonyms of expressions WordNet knows ("blow up" → explode, "brush off" → dismiss, "war
 * games"), by the position of their first word, whose group they join. The verb may be
 * inflected ("owning up", "tipped off") and a pronoun may split it from its particle ("tip them
 * off"); expressions of three words ("take part in") are looked up too.
 */
export function phrasalSynonyms(list: readonly Word[]): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (let i = 0; i + 1 < list.length; i++) {
    const a = list[i];
    if (!a || a.acronym || isClosedClass(a.norm)) continue;
    const heads = [...new Set([a.norm, lemmatizer.verb(a.norm)])];
    const split = BETWEEN.has(list[i + 1]?.norm ?? '') ? 2 : 1;
    const tails = [[list[i + split]?.norm], [list[i + 1]?.norm, list[i + 2]?.norm]].filter(
      (tail): tail is string[] => tail.every((w) => w !== undefined),
    );
    const near = heads.flatMap((head) =>
      tails.flatMap((tail) => relatedTo([head, ...tail].join(' ')).near.flatMap((p) => phraseTerm(p) ?? [])),
    );
    if (near.length > 0) out.set(a.start, [...new Set(near)]);
  }
  return out;
}

export const NONE: Expansion = { equivalents: [], near: [], far: [] };

// Two terms of one word family share their beginning: the shorter is a prefix of the longer, of
// at least this many letters ("deni" and "denial", "fight" and "fighter").
const FAMILY_PREFIX = 4;

export function sameFamily(a: string, b: string): boolean {
  if (a.includes(' ') || b.includes(' ')) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= FAMILY_PREFIX && long.startsWith(short);
}
