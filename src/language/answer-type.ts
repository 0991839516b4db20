// What kind of answer a question wants, and which passages can give it. "When did…" wants a
// passage that names a time; "how many…" one with a quantity; "who said…" one with a speaker.
// The cues are ordinary English (calendar words, number words, verbs of saying), not the story's.

export const TIME = '@time';
/** A time to the day: a weekday or a dated day ("on Wednesday", "September 22", "yesterday"). */
export const DAY = '@day';
export const QUANTITY = '@quantity';
export const SPEECH = '@speech';

const TIME_WORDS =
  /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|yesterday|today|week|month|year|\d{4})\b/iu;
const MONTH = 'january|february|march|april|may|june|july|august|september|october|november|december';
const DAY_WORDS = new RegExp(
  `\\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|tonight|(?:${MONTH}) \\d{1,2}\\b|\\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:${MONTH}))`,
  'iu',
);
const QUANTITY_WORDS =
  /\b(?:\d[\d,.]*|hundreds?|thousands?|millions?|billions?|dozens?|several|many|much|numbers?|amounts?|quantit(?:y|ies)|lots?)\b/iu;
const SPEECH_WORDS =
  /\b(?:said|says|told|stated|statement|quoted|according to|announced|added|warned|claimed|stressed|noted|explained|spokes(?:man|woman|person))\b/iu;

/** The answer-type tokens a passage can satisfy. */
export function answerTypesOf(text: string): string[] {
  const out: string[] = [];
  if (TIME_WORDS.test(text)) out.push(TIME);
  if (DAY_WORDS.test(text)) out.push(DAY);
  if (QUANTITY_WORDS.test(text)) out.push(QUANTITY);
  if (SPEECH_WORDS.test(text)) out.push(SPEECH);
  return out;
}

// "Which day…?": the noun names the kind of answer, not something the passage must mention.
const TIME_FOCUS = /\b(?:what|which) (day|date|time|month|year)s?\b/giu;

/** Words of a question that only say what kind of answer it wants ("day" in "which day"). */
export function answerFocus(question: string): Set<string> {
  return new Set([...question.matchAll(TIME_FOCUS)].flatMap((m) => (m[1] ? [m[1].toLowerCase()] : [])));
}

/** The answer type a question asks for, from its question words. */
export function wantedAnswerType(question: string): string | undefined {
  const q = question.toLowerCase();
  if (/\b(?:what|which) (?:day|date)s?\b/u.test(q)) return DAY;
  if (/\b(?:when|what (?:day|date|time|month|year)|which (?:day|date|month|year)|how long ago)\b/u.test(q))
    return TIME;
  if (/\bhow (?:much|many)\b/u.test(q)) return QUANTITY;
  if (/\bwho\b|\bwhat did .+ say\b|\bwhich (?:official|spokes\w+)\b/u.test(q)) return SPEECH;
  return undefined;
}
