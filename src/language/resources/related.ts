import { entriesOf } from './word-forms.ts';
import { wordMemo } from './word-memo.ts';
import { type Synset, synsetAt } from './wordnet.ts';

// Words WordNet relates to a word a user typed, in two tiers. Near: words of its commonest senses,
// and the same word in another part of speech (denial → deny, loss → lose). Far: what a
// definition, a broader term, an opposite or a similar adjective brings (export → "sell or
// transfer abroad"; is it admitted → it is denied). Phrases ("intercontinental ballistic
// missile" for "ICBM") are kept whole, so that only a passage holding all their words matches.

export interface Related {
  readonly near: readonly string[];
  readonly far: readonly string[];
}

// How many senses (most frequent first) give synonyms and derived forms, and how many the rest.
const NEAR_SENSES = 2;
const FAR_SENSES = 1;
// Pointers whose targets are far relations: hypernym, antonym, similar adjective, pertainym.
const FAR_POINTERS = new Set(['@', '!', '&', '\\']);

// Pointers to words for the same happening: derived forms, what a verb causes ("kill" → "die") or entails.
const SAME_HAPPENING = new Set(['+', '>', '*']);

/**
 * Other words for the same thing: the synonyms of a word's commonest sense ("buy", "purchase"),
 * the same word in other parts of speech by WordNet's derivation links of its two commonest senses
 * ("invaded" → "invasion", "denial" → "deny") and what a verb causes ("killed" → "die"). Single
 * words only.
 */
export const rewordings: (word: string) => readonly string[] = wordMemo((word) => {
  const out = new Set<string>();
  for (const entry of entriesOf(word)) {
    const lemma = entry.lemma.replace(/_/g, ' ');
    entry.senses.slice(0, NEAR_SENSES).forEach((offset, rank) => {
      const synset = synsetAt(offset, entry.pos);
      if (rank === 0) for (const w of synset?.words ?? []) if (!w.includes(' ')) out.add(w.toLowerCase());
      const self = (synset?.words.findIndex((w) => w.toLowerCase() === lemma) ?? -1) + 1;
      for (const pointer of synset?.pointers ?? []) {
        if (!SAME_HAPPENING.has(pointer.symbol) || (pointer.source !== 0 && pointer.source !== self))
          continue;
        // A lexical pointer names one word of its target; a semantic one ("kill" causes "die") the synset's first.
        const derived = synsetAt(pointer.offset, pointer.pos)?.words[Math.max(pointer.target - 1, 0)];
        if (derived && !derived.includes(' ')) out.add(derived.toLowerCase());
        // What a verb causes is named by its forms too: to kill is to cause to die, a death.
        if (derived && pointer.symbol === '>' && word !== derived)
          for (const form of rewordings(derived)) out.add(form);
      }
    });
  }
  out.delete(word);
  return [...out];
});

const related = wordMemo((key) => {
  const [word = '', name] = key.split('\u0000');
  return relationsOf(word, name);
});

/**
 * Near and far relations of one word (lower case), computed once per word. An ordinary word is
 * read in its lower-case senses only ("north", not the region "North"). A name is read only in
 * the senses spelt as it was written (`name`: "UN" is the United Nations), and gets synonyms
 * only: the definition of a namesake ("Jong": an American writer) would mislead.
 */
export const relatedTo = (word: string, name?: string): Related =>
  related(name === undefined ? word : `${word}\u0000${name}`);

function relationsOf(word: string, name: string | undefined): Related {
  const near = new Set<string>();
  const far = new Set<string>();
  for (const entry of entriesOf(word)) {
    const lemma = entry.lemma.replace(/_/g, ' ');
    let rank = 0;
    for (const offset of entry.senses) {
      const synset = synsetAt(offset, entry.pos);
      if (!synset?.words.includes(name ?? lemma)) continue;
      const self = synset.words.findIndex((w) => w.toLowerCase() === lemma) + 1;
      if (rank < NEAR_SENSES) addNear(synset, self, near);
      if (rank < FAR_SENSES && !name) addFar(synset, self, far);
      if (++rank >= Math.max(NEAR_SENSES, FAR_SENSES)) break;
    }
  }
  for (const form of [word, ...near]) far.delete(form);
  near.delete(word);
  return { near: [...near], far: [...far] };
}

function addNear(synset: Synset, self: number, near: Set<string>): void {
  for (const synonym of synset.words) near.add(synonym.toLowerCase());
  for (const pointer of synset.pointers) {
    if (pointer.symbol !== '+' || (pointer.source !== 0 && pointer.source !== self)) continue;
    const target = synsetAt(pointer.offset, pointer.pos);
    const derived = target?.words[pointer.target - 1];
    if (derived) near.add(derived.toLowerCase());
  }
}

function addFar(synset: Synset, self: number, far: Set<string>): void {
  for (const pointer of synset.pointers) {
    if (!FAR_POINTERS.has(pointer.symbol) || (pointer.source !== 0 && pointer.source !== self)) continue;
    const target = synsetAt(pointer.offset, pointer.pos);
    if (!target) continue;
    // A lexical pointer names one word of its target; a semantic one the whole synset.
    const words = pointer.target > 0 ? target.words.slice(pointer.target - 1, pointer.target) : target.words;
    for (const word of words) far.add(word.toLowerCase());
  }
  for (const word of synset.gloss.toLowerCase().match(/[\p{L}-]+/gu) ?? []) far.add(word);
}
