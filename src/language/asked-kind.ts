// What kind of answer a question asks for, from its question words ("when", "how many", "what's
// her job", "the name of the minister"); the kinds a passage gives are read in answer-type.ts.
import { CAUSE, CLOCK, DAY, DURATION, MONEY, PLACE, QUANTITY, ROLE, SPEECH, TIME } from './answer-type.ts';
import { isJustAPerson, isPersonNoun } from './resources/noun-kinds.ts';
import { isCommonWord } from './resources/word-forms.ts';
import { words } from './words.ts';

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
