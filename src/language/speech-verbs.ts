import { lemmatizer } from './resources/lemma.ts';
import { wordMemo } from './resources/word-memo.ts';
import { lookUp, synsetAt } from './resources/wordnet.ts';

// Verbs of saying, from WordNet's lexicographer file verb.communication: "said", "warned",
// "dismissed", "repeated", "quipped". News attributes a quotation with one of them.
const COMMUNICATION = 32;
// A verb is one of saying when one of its two commonest senses is ("added": join, then say).
const SENSES = 2;
// Modals ("would": will, as in a testament) never attribute words.
const MODALS = new Set('will would shall should can could may might must'.split(' '));

/** Whether a lower-case word is a form of a verb of saying ("said", "warns", "added"). */
export function isSpeechVerb(word: string): boolean {
  if (!/^\p{Ll}+$/u.test(word) || word.length < 3 || MODALS.has(word)) return false;
  return saysWords(word);
}

const saysWords = wordMemo((word) => {
  const base = lemmatizer.verb(word);
  // An inflected form ("said", "says", "warned"): a verb as used, not a noun ("press", "report").
  const entry = base !== word ? lookUp(base, 'verb') : undefined;
  return (entry?.senses.slice(0, SENSES) ?? []).some(
    (offset) => synsetAt(offset, 'verb')?.lexFile === COMMUNICATION,
  );
});
