import { createRequire } from 'node:module';
import { baseOf } from './word-forms.ts';

// Base forms of words: WordNet's exception lists for irregular forms ("said" → "say", "men" →
// "man", from wink-lexicon), then WordNet's own rules ("dismissed" → "dismiss").
const require = createRequire(import.meta.url);
export const verbExceptions = require('wink-lexicon/src/wn-verb-exceptions.js') as Record<string, string>;
export const nounExceptions = require('wink-lexicon/src/wn-noun-exceptions.js') as Record<string, string>;
// Irregular verbs' forms, base forms among them: "hurt", "cut" and "shut" are their own participles.
const irregularVerbs = require('wink-lexicon/src/irregular-verbs.js') as Record<string, string>;

const own = (list: Record<string, string>, word: string) =>
  Object.hasOwn(list, word) ? list[word] : undefined;

export const lemmatizer = {
  /** The verb a word is a form of ("said" → "say"), or the word itself. */
  verb: (word: string): string => own(verbExceptions, word) ?? baseOf(word, 'verb') ?? word,
  /** The noun a word is a form of ("men" → "man"), or the word itself. */
  noun: (word: string): string => own(nounExceptions, word) ?? baseOf(word, 'noun') ?? word,
};

/** A form of an irregular verb ("hurt", "stolen", "went"), base forms included. */
export const isIrregularVerbForm = (word: string): boolean => own(irregularVerbs, word) !== undefined;
