import { lemmatizer } from './resources/lemma.ts';
import { isPersonNoun } from './resources/noun-kinds.ts';
import { lookUp } from './resources/wordnet.ts';

// When the words after a number do not say what it counts, the words before it may.

// "The number of people killed … has risen to 14": the count of a thing named before the number.
export const COUNT_OF =
  /\b(?:number|toll|total|tally|count)\s+of\s+(\p{L}+)[^.;]*?\b(?:to|at|reached|is|was|stands at)\s*$/iu;
// "The death toll … has risen to 11": a toll counts people.
export const TOLL = /\btoll\b[^.;]*?\b(?:to|at|reached|is|was|stands at)\s*$/iu;

// "The man who died was 81": a person said to be a number is that old.
const AGE_AFTER = /([^.;:!?,]{0,40})\b(?:was|is|aged)\s+$/u;
export function isAgeOf(before: string, value: number): boolean {
  const subject = AGE_AFTER.exec(before)?.[1] ?? '';
  return (
    value < 120 &&
    (subject.match(/\b\p{Ll}+\b/gu) ?? []).some((w) => w.length > 2 && isPersonNoun(lemmatizer.noun(w)))
  );
}

export const AUXILIARY = /^(?:were|was|are|is|have|had|has|remain|remained|remains)$/u;
// A past form that is no noun ("died", "fled"), read off WordNet through its base form.
export const isVerbForm = (word: string) =>
  /^\p{Ll}+$/u.test(word) &&
  lemmatizer.verb(word) !== word &&
  lookUp(lemmatizer.noun(word), 'noun') === undefined &&
  lookUp(lemmatizer.verb(word), 'verb') !== undefined;
