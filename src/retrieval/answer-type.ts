// What kind of answer a question wants, and which passages can give it. "When did…" wants a
// passage that names a time; "how many…" one with a quantity; "who said…" one with a speaker.
// The cues are ordinary English (calendar words, number words, verbs of saying), not the story's.

export const TIME = '@time';
export const QUANTITY = '@quantity';
export const SPEECH = '@speech';

const TIME_WORDS =
  /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|yesterday|today|week|month|year|\d{4})\b/iu;
const QUANTITY_WORDS =
  /\b(?:\d[\d,.]*|hundreds?|thousands?|millions?|billions?|dozens?|several|many|much)\b/iu;
const SPEECH_WORDS =
  /\b(?:said|says|told|stated|statement|quoted|according to|announced|added|warned|claimed|stressed|noted|explained|spokes(?:man|woman|person))\b/iu;

/** The answer-type tokens a passage can satisfy. */
export function answerTypesOf(text: string): string[] {
  const out: string[] = [];
  if (TIME_WORDS.test(text)) out.push(TIME);
  if (QUANTITY_WORDS.test(text)) out.push(QUANTITY);
  if (SPEECH_WORDS.test(text)) out.push(SPEECH);
  return out;
}

/** The answer type a question asks for, from its question words. */
export function wantedAnswerType(question: string): string | undefined {
  const q = question.toLowerCase();
  if (/\b(?:when|what (?:day|date|time|month|year)|which (?:day|date|month|year)|how long ago)\b/u.test(q))
    return TIME;
  if (/\bhow (?:much|many)\b/u.test(q)) return QUANTITY;
  if (/\bwho\b|\bwhat did .+ say\b|\bwhich (?:official|spokes\w+)\b/u.test(q)) return SPEECH;
  return undefined;
}
