// Which kinds of answer a passage can give (what a question asks for is read in asked-kind.ts).
// "When did…" wants a passage that names a time; "how many…" one with a quantity; "who said…"
// one with a speaker; "what's her job" a title next to a name; "where" a place; "how long" a
// duration; "why" a cause. The cues are ordinary English (calendar words, number words, verbs of saying,
// WordNet's kinds of noun, connectives of cause), not the story's.
import { clockTimesIn } from './clock.ts';
import { namesMoney } from './money.ts';
import { isPersonNoun, isPlaceNoun, isTimeNoun } from './resources/noun-kinds.ts';
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

/** What else answers a kind asked, next best: a day or a date for a time of day. */
export const broaderKinds = (kind: string): readonly string[] => (kind === CLOCK ? [TIME] : []);

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
