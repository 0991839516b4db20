import { lemmatizer } from './lemma.ts';
import { wordVectors } from './vectors.ts';
import { entriesOf } from './word-forms.ts';
import { wordMemo } from './word-memo.ts';
import { lookUp, pointedWords, synsetAt } from './wordnet.ts';

// Words of opposite meaning, from WordNet's antonym pointers of a word's two commonest senses in
// each part of speech: "closed" → "open", "win" → "lose". A sentence that says the opposite of a
// claim's predicate ("remains open" against "was closed") contradicts it.
const SENSES = 2;
const ANTONYM: ReadonlySet<string> = new Set(['!']);
const DERIVATION: ReadonlySet<string> = new Set(['+']);

/** The antonyms of a word (any inflected form), lower case. */
export const antonymsOf: (word: string) => readonly string[] = wordMemo((word) => {
  const out = new Set<string>();
  for (const entry of entriesOf(word)) {
    const lemma = entry.lemma.replace(/_/g, ' ');
    for (const offset of entry.senses.slice(0, SENSES))
      for (const { word: opposite } of pointedWords(synsetAt(offset, entry.pos), lemma, ANTONYM))
        out.add(opposite);
  }
  return [...out];
});

/**
 * Other words for what a verb tells, read in its verb senses only: the synonyms of its commonest
 * sense, those of a rarer sense the vectors place close (usedAlike), and the words derived from
 * its two commonest ("pay" → "payment", "restore" → "restoration"); not the adjective "close"
 * (near) for the verb "close".
 */
export const verbKin: (verb: string) => readonly string[] = wordMemo((verb) => {
  const out = new Set<string>();
  const entry = lookUp(verb, 'verb');
  entry?.senses.forEach((offset, rank) => {
    const synset = synsetAt(offset, 'verb');
    for (const w of synset?.words ?? [])
      if (!w.includes(' ') && (rank === 0 || usedAlike(verb, w.toLowerCase()))) out.add(w.toLowerCase());
    if (rank < SENSES) for (const { word } of pointedWords(synset, verb, DERIVATION)) out.add(word);
  });
  return [...out];
});

// A synonym of a rarer sense is the sense a verb is used in when the vectors place one of its
// forms this close: "hurt" is "injure" in its fourth sense, and "injured" sits at 0.6 from it.
const USED_ALIKE = 0.55;
function usedAlike(verb: string, synonym: string): boolean {
  const vectors = wordVectors();
  const forms = [synonym, `${synonym}d`, `${synonym}ed`, `${synonym}s`];
  return forms.some((f) => (vectors.similarity(verb, f) ?? 0) >= USED_ALIKE);
}

/** The words that stand for the same happening as a verb (any form), and those for its opposite. */
export function kin(word: string): { same: Set<string>; opposite: Set<string> } {
  const verb = lemmatizer.verb(word);
  const again = doneAgain(verb);
  const forms = again ? [word, verb, again] : [word, verb];
  const same = new Set([...forms, ...forms.flatMap((f) => verbKin(f))]);
  const opposite = new Set(forms.flatMap((f) => antonymsOf(f)));
  return { same, opposite };
}

/**
 * The verb a "re-" verb does again, when WordNet defines it so ("reopen": "open again or anew");
 * "stays closed" is then its opposite as it is of "opened". Not "remove" or "resign".
 */
function doneAgain(verb: string): string | undefined {
  const base = verb.slice(2);
  if (!/^re\p{Ll}{3,}$/u.test(verb) || !lookUp(base, 'verb')) return undefined;
  const first = lookUp(verb, 'verb')?.senses[0];
  const gloss = first === undefined ? '' : (synsetAt(first, 'verb')?.gloss ?? '');
  return /\b(?:again|anew)\b/u.test(gloss) ? base : undefined;
}
