import { entriesOf } from './word-forms.ts';
import { wordMemo } from './word-memo.ts';
import { synsetAt } from './wordnet.ts';

/**
 * A word's definitions in its commonest sense, one per part of speech WordNet has it in
 * ("export": "sell or transfer abroad"). Read backwards, they let a question's words find the
 * one word an article uses for them. A sense not spelt as the word (a name's namesake) is left out.
 */
export const definitionsOf: (word: string) => readonly string[] = wordMemo((word) =>
  entriesOf(word).flatMap((entry) => {
    const first = entry.senses[0];
    const synset = first === undefined ? undefined : synsetAt(first, entry.pos);
    return synset?.words.includes(entry.lemma.replace(/_/g, ' ')) && synset.gloss ? [synset.gloss] : [];
  }),
);
