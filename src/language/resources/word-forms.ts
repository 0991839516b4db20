import { wordMemo } from './word-memo.ts';
import { type Entry, lookUp, PARTS, type Pos, synsetAt } from './wordnet.ts';

// A word as WordNet lists it: the lemma a written form is an inflection of ("supplies" → "supply"),
// the entries it has in each part of speech, and whether it is ordinary English at all.

// WordNet's own rules for undoing inflection (its "morphy"), without the exception lists:
// "ending:replacement", so "ies:y" makes "supplies" "supply".
const RULES: Readonly<Record<Pos, string>> = {
  noun: 's: ses:s xes:x zes:z ches:ch shes:sh men:man ies:y',
  verb: 's: ies:y es:e es: ed:e ed: ing:e ing:',
  adj: 'er: est: er:e est:e',
  adv: '',
};
const DETACH = Object.fromEntries(
  PARTS.map((pos) => [pos, RULES[pos].split(' ').flatMap((rule) => (rule ? [rule.split(':')] : []))]),
) as Record<Pos, string[][]>;

/** The WordNet entries of a word, one per part of speech, the word itself before its base forms. */
export function entriesOf(word: string): Entry[] {
  return PARTS.flatMap((pos) => {
    for (const form of formsOf(word, pos)) {
      const entry = lookUp(form, pos);
      if (entry) return [entry];
    }
    return [];
  });
}

/** Every WordNet lemma the word may be a form of ("losses": "losses" and "loss"). */
export function baseForms(word: string): string[] {
  return [...new Set(PARTS.flatMap((pos) => formsOf(word, pos).filter((f) => lookUp(f, pos))))];
}

/** The first WordNet lemma the word is a form of in one part of speech, if any. */
export function baseOf(word: string, pos: Pos): string | undefined {
  return formsOf(word, pos).find((f) => lookUp(f, pos));
}

/** The word and the base forms WordNet's rules undo it to, for one part of speech. */
function formsOf(word: string, pos: Pos): string[] {
  const forms = [word];
  for (const [end = '', base = ''] of DETACH[pos]) {
    if (!word.endsWith(end)) continue;
    const form = word.slice(0, -end.length) + base;
    // "admitting", "stopped": English doubles a final consonant before these endings.
    forms.push(form, ...(/([b-df-hj-np-tv-z])\1$/u.test(form) ? [form.slice(0, -1)] : []));
  }
  return forms.filter((form) => form.length > 1);
}

/** Whether a word is only ever an adverb ("simply", "merely"): it says how, not what. */
export const isOnlyAdverb = (word: string): boolean =>
  baseOf(word, 'adv') !== undefined && !(['noun', 'verb', 'adj'] as const).some((pos) => baseOf(word, pos));

/** Whether a word is itself a WordNet lemma in some part of speech, as written. */
export function isLemma(word: string): boolean {
  return PARTS.some((pos) => lookUp(word, pos) !== undefined);
}

/** Whether a word is ordinary English: in WordNet in lower case in its commonest sense, not a name. */
export const isCommonWord: (word: string) => boolean = wordMemo((word) =>
  entriesOf(word).some((entry) => {
    const first = entry.senses[0];
    const lemma = entry.lemma.replace(/_/g, ' ');
    return first !== undefined && (synsetAt(first, entry.pos)?.words.includes(lemma) ?? false);
  }),
);
