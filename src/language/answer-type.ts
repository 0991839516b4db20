// What kind of answer a question wants, and which passages can give it. "When did…" wants a
// passage that names a time; "how many…" one with a quantity; "who said…" one with a speaker;
// "what's her job" a title next to a name; "where" a place; "how long" a duration; "why" a
// cause. The cues are ordinary English (calendar words, number words, verbs of saying,
// WordNet's kinds of noun, connectives of cause), not the story's.
import { clockTimesIn } from './clock.ts';
import { namesMoney } from './money.ts';
import { isJustAPerson, isPersonNoun, isPlaceNoun, isTimeNoun } from './resources/noun-kinds.ts';
import { isCommonWord } from './resources/related.ts';
import { words } from './words.ts';

export const TIME = '@time';
/** A time to the day: a weekday or a dated day ("on Wednesday", "September 22", "yesterday"). */
export const DAY = '@day';
export const QUANTITY = '@quantity';
export const SPEECH = '@speech';
/** A person's title or role next to a name ("spokesman John Kirby", "Jong, a researcher"). */
export const ROLE = '@role';
export const PLACE = '@place';
export const DURATION = '@duration';
export const CAUSE = '@cause';
/** An amount of money ("€20 million", "80,000 euros", "$5bn"). */
export const MONEY = '@money';
/** A time of day ("at 8.14am", "6pm", "a quarter past eight", "midnight"). */
export const CLOCK = '@clock';

/** Kinds a passage must hold to answer at all: "how much did they pay" is not answered by a count. */
export const REQUIRED_KINDS: ReadonlySet<string> = new Set([MONEY]);

const MONTH = 'january|february|march|april|may|june|july|august|september|october|november|december';
const TIME_WORDS = new RegExp(
  `\\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|${MONTH}|yesterday|today|week|month|year|\\d{4}s?)\\b`,
  'iu',
);
const DAY_WORDS = new RegExp(
  `\\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|tonight|(?:${MONTH}) \\d{1,2}\\b|\\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:${MONTH}))`,
  'iu',
);
// A time of day in words ("a quarter past eight", "ten o'clock"); figures are read by clock.ts.
const CLOCK_WORDS = /\b(?:o'clock|(?:quarter|half) (?:past|to) \w+)\b/iu;
// A count spelled out is a count ("three men", "two regions"); "one" is left out, as it is as
// often a pronoun ("one of the few nations").
const QUANTITY_WORDS =
  /\b(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty|hundreds?|thousands?|millions?|billions?|dozens?|several|many|much|numbers?|amounts?|quantit(?:y|ies)|lots?)\b/iu;
const SPEECH_WORDS =
  /\b(?:said|says|told|stated|statement|quoted|according to|announced|added|warned|claimed|stressed|noted|explained|spokes(?:man|woman|person))\b/iu;
const NUMBER_WORD =
  /^(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few|many|some)$/u;
const CAUSE_WORDS =
  /\b(?:because|due to|as a result|in response to|amid|in retaliation|caused|blamed|led to|reasons?|so that|in order to|aimed at|after)\b/iu;
// "Eight-month war", "a two-day visit": a duration written as one word.
const DURATION_WORD =
  /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few)-(?:hour|day|week|month|year|decade)s?(?:-long|-old)?\b/iu;
const DETERMINER = /^(?:the|a|an|its|their|his|her|this|that)$/u;
const PLACE_PREPOSITION = /^(?:in|to|at|from|into|near|across|towards?|via|through|inside|outside)$/u;

/** The answer-type tokens a text's words satisfy: a time, a day, a quantity, speech. */
export function answerTypesOf(text: string): string[] {
  const out: string[] = [];
  const clock = clockTimesIn(text).length > 0 || CLOCK_WORDS.test(text);
  if (clock || TIME_WORDS.test(text)) out.push(TIME);
  if (DAY_WORDS.test(text)) out.push(DAY);
  if (clock) out.push(CLOCK);
  if (QUANTITY_WORDS.test(text)) out.push(QUANTITY);
  if (SPEECH_WORDS.test(text)) out.push(SPEECH);
  return out;
}

/**
 * The answer kinds a passage's structure gives: a cause (a connective of cause), a role (a
 * person noun next to a name), a place (a preposition before a name or a place noun), a
 * duration (a number before a unit of time).
 */
export function answerKindsOf(text: string): string[] {
  const out: string[] = [];
  if (CAUSE_WORDS.test(text)) out.push(CAUSE);
  if (namesMoney(text)) out.push(MONEY);
  const list = words(text);
  const capital = (i: number) => {
    const w = list[i];
    // "A volunteer was hurt": a sentence's first word is capitalised, a determiner is no name.
    return (
      w !== undefined &&
      !DETERMINER.test(w.norm) &&
      /^\p{Lu}/u.test(text.slice(w.start, w.end)) &&
      !/[.!?]\s*$/u.test(text.slice(0, w.start))
    );
  };
  let role = false;
  let place = false;
  let duration = DURATION_WORD.test(text);
  list.forEach((w, i) => {
    const next = list[i + 1];
    // "spokesman John Kirby", "Kirby, a spokesman", "the director of …".
    if (!role && isPersonNoun(w.norm) && (capital(i + 1) || capital(i - 1) || capital(i - 2))) role = true;
    // "into Russia", "near the border": a preposition, perhaps a determiner, then a name or a place.
    const at = DETERMINER.test(next?.norm ?? '') ? i + 2 : i + 1;
    const noun = list[at];
    if (!place && PLACE_PREPOSITION.test(w.norm) && noun && (capital(at) || isPlaceNoun(noun.norm)))
      place = true;
    // "20 minutes", not "the 1950s": a unit is a word of its own.
    if (!duration && NUMBER_WORD.test(w.norm) && next && next.start > w.end && isTimeNoun(next.norm))
      duration = true;
  });
  if (role) out.push(ROLE);
  if (place) out.push(PLACE);
  if (duration) out.push(DURATION);
  return out;
}

// "Which day…?", "what sort of…", "what's his job": these nouns name the kind of answer, not
// something the passage must mention.
const FOCUS =
  /\b(?:what|which)(?:'s| is| was)? (?:(?:kind|sort|type)s? of )?(day|date|time|month|year|job|title|role|position|occupation|kind|sort|type)s?\b/giu;
const KIND_OF = /\b(kind|sort|type)s? of\b/giu;
const ROLE_FOCUS =
  /\b(?:job|title|role|position|occupation|profession)s?\b|\bwhat does .+ do\b|\bwho (?:is|was) \w+\b/iu;

/** Words of a question that only say what kind of answer it wants ("day" in "which day"). */
export function answerFocus(question: string): Set<string> {
  const out = new Set<string>();
  for (const m of question.matchAll(FOCUS)) if (m[1]) out.add(m[1].toLowerCase());
  for (const m of question.matchAll(KIND_OF)) if (m[1]) out.add(m[1].toLowerCase());
  for (const m of question.matchAll(/\b(job|title|role|position|occupation|profession)s?\b/giu))
    if (m[1]) out.add(m[1].toLowerCase());
  return out;
}

/** The answer type a question asks for, from its question words. */
export function wantedAnswerType(question: string): string | undefined {
  const q = question.toLowerCase();
  if (/\b(?:what|which) (?:day|date)s?\b/u.test(q)) return DAY;
  if (/\b(?:what|which) (?:time|hour)\b(?! of (?:the )?(?:year|month|week))/u.test(q)) return CLOCK;
  if (/\bhow long ago\b/u.test(q)) return TIME;
  // "How fast was it going when…": a degree asked is a quantity, whatever clause follows.
  if (/\bhow (?:fast|quick(?:ly)?|slow(?:ly)?|far)\b/u.test(q)) return QUANTITY;
  if (/\bhow long\b/u.test(q)) return DURATION;
  if (/\b(?:when|what (?:day|date|time|month|year)|which (?:day|date|month|year))\b/u.test(q)) return TIME;
  // "How much was a ticket", "how much is the fine": a price asked of a thing.
  if (/\bhow much (?:is|was|are|were) (?:a|an|the|one|each)\b/u.test(q)) return MONEY;
  if (
    /\bhow much\b/u.test(q) &&
    /\b(?:pay|paid|paying|pays|cost|costs|costing|price|prices|money|spend|spent|spending|worth|funds?|funding|salary|salaries|fined?|compensation|cash|fares?|fees?|payouts?|budget|bill|tickets?)\b/u.test(
      q,
    )
  )
    return MONEY;
  if (/\bhow (?:much|many)\b/u.test(q)) return QUANTITY;
  if (/\bwhy\b|\bhow come\b|\bwhat (?:caused|led to|prompted)\b|\breasons?\b/u.test(q)) return CAUSE;
  if (/\bwhere\b/u.test(q)) return PLACE;
  if (ROLE_FOCUS.test(q)) return ROLE;
  if (/\bwho\b|\bwhat did .+ say\b|\bwhich (?:official|spokes\w+)\b/u.test(q)) return SPEECH;
  return undefined;
}

// "What's the name of the defence minister": the words after the cue, up to a relative clause
// or a preposition, describe the person whose name is asked. ("Who was the security guy" asks
// who, which a description answers as well as a name.)
const NAME_CUE = /\bnames? of\s+(.+)$/iu;
const DESCRIPTION_END =
  /^(?:who|whom|that|which|of|in|at|for|from|on|with|behind|by|did|does|do|has|have|is|was)$/u;

/**
 * The role noun of a question that asks for a person's name ("minister" in "what's the name of
 * North Korea's defence minister"); undefined when it asks no name, or names no role ("the
 * person in charge").
 */
export function askedRole(question: string): string | undefined {
  const described = NAME_CUE.exec(question)?.[1];
  if (!described) return undefined;
  let role: string | undefined;
  for (const w of words(described)) {
    if (DESCRIPTION_END.test(w.norm)) break;
    // A name ("the name of Anselm") is no role, though WordNet knows a saint of that name.
    if (isPersonNoun(w.norm) && isCommonWord(w.norm)) role = w.norm;
  }
  return role && !isJustAPerson(role) ? role : undefined;
}
