// Which way a sentence goes, from the words of English that turn a statement round: negation
// ("not", "never", "nobody"), denial ("denied", "rejected", "dismissed … as baseless"), and
// whether it speaks of something done or still to come ("has already" against "will", "due to").

// "No." before a figure is a number ("ripening room No. 2"), not a negation. "Refused to",
// "declined to", "failed to" turn round the verb after them ("refused to resign").
const NEGATION =
  /\b(?:not|no(?!\.?\s*\d)|never|none|nobody|nothing|neither|nor|without|cannot|yet to|(?:refus|declin)(?:e|es|ed|ing) to|fail(?:s|ed|ing)? to)\b|\w+n['’]t\b/iu;
const DENIAL =
  /\b(?:den(?:y|ies|ied|ying|ials?)|reject(?:s|ed|ing)?|refut(?:e|es|ed|ing)|dismiss(?:es|ed|ing)?|rebuff(?:s|ed)?|ruled out|baseless|unfounded|groundless|untrue|false(?:ly)?|fabricat\w*|rumou?rs?)\b/iu;
const FUTURE =
  /\b(?:will|shall|due to|expected to|is to|are to|plans? to|planned to|going to|intends? to|next (?:week|month|year|spring|summer|autumn|winter)|later this)\b/iu;
const DONE = /\balready\b|\b(?:has|have|had) (?:now |since |just )?(?:been )?\w+(?:ed|en|wn|ne)\b/iu;

// Hedged or open: "could", "may", "find out if", "whether". Such a sentence neither confirms a
// claim nor denies it.
const OPEN =
  /\b(?:could|may|might|possibly|perhaps|whether|unclear|find out if|determine if|know if|see if|trying to (?:find out|determine|establish|confirm|verify))\b/iu;

// Unsettled: the text says the matter is not known yet ("too early to say whether", "could not
// independently verify", "it was not yet clear how"). Such a sentence takes no side, whatever
// negation it holds.
const UNSETTLED =
  /\b(?:(?:far |much )?too early to (?:say|tell|know|draw|judge)|(?:could|can)(?:not|n['’]t| not)\s+(?:yet\s+)?(?:independently\s+)?(?:verify|confirm|say)|not (?:yet )?(?:clear|known)|unclear|remains? to be seen)\b/iu;

/** Whether a text says the matter is not yet known: it neither confirms nor denies. */
export function isUnsettled(text: string): boolean {
  return UNSETTLED.test(text);
}

// Where the clause around a word begins: punctuation or a conjunction that joins two clauses.
const CLAUSE_START = /[;:,]\s|\s(?:but|and|while|whereas)\s/gu;

/**
 * Whether the word at `index` is turned round in its clause. A verb by a negation or denial
 * before it ("has not paid", "Nobody has been arrested", "had no intention of negotiating") or a
 * denial anywhere ("… are false"): a "not" after it belongs to another verb ("has stolen the
 * records and is demanding money not to publish them"). A noun by any in its clause ("rejected a
 * payment", "Restoration … had not yet been completed").
 */
export function negatedAt(text: string, index: number, verb: boolean): boolean {
  let from = 0;
  for (const m of text.slice(0, index).matchAll(CLAUSE_START)) from = m.index + m[0].length;
  const rest = text.slice(index).search(CLAUSE_START);
  const end = rest < 0 ? text.length : index + rest;
  // The word itself is what is told, not what turns it round: "denied" told as the opposite of
  // "admitted" is no denial of it as well.
  const own = /^\p{L}+/u.exec(text.slice(index))?.[0].length ?? 0;
  const clause = `${text.slice(from, index)} ${text.slice(index + own, end)}`;
  return verb ? isNegative(text.slice(from, index)) || DENIAL.test(clause) : isNegative(clause);
}

/** Words that only turn a statement round: left out when two texts are compared for content. */
export const POLARITY_WORDS = new Set(
  'not no never none nobody nothing neither nor without cannot yet deny denies denied denying denial denials reject rejects rejected rejecting refute refutes refuted dismiss dismisses dismissed rebuff rebuffed baseless unfounded groundless untrue false falsely rumor rumors rumour rumours already will could may might whether'.split(
    ' ',
  ),
);

/** Whether a text says something is not so: it negates or denies. */
export function isNegative(text: string): boolean {
  return NEGATION.test(text) || DENIAL.test(text);
}

/** Whether a text says something is not so but for one word of it (the happening it tells). */
export function isNegativeBut(text: string, word: string): boolean {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  const at = text.search(new RegExp(`(?<!\\p{L})${escaped}(?!\\p{L})`, 'iu'));
  return isNegative(at < 0 ? text : `${text.slice(0, at)} ${text.slice(at + word.length)}`);
}

/** Whether a text leaves the matter open: a modal of possibility, "whether", "find out if". */
export function isOpen(text: string): boolean {
  return OPEN.test(text);
}

export type Aspect = 'done' | 'to come' | 'unmarked';

/** Whether a text speaks of something done ("has already published") or to come ("will report"). */
export function aspectOf(text: string): Aspect {
  if (FUTURE.test(text)) return 'to come';
  if (DONE.test(text)) return 'done';
  return 'unmarked';
}
