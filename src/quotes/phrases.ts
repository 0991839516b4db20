/** Noun phrases of speakers, read from the words around a speech verb. */
import { isStopWord } from '../corpus/line-kind.ts';
import { lemmatizer } from '../language/resources/lemma.ts';

export const DAY_OR_MONTH =
  '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)';
// Adverbials between a speaker and the verb ("Kirby later said", "X said on Monday").
// An adverb in -ly ("Pyongyang flatly said", "the ministry firmly denied") is no part of the name.
const TRAILING = new RegExp(
  `\\s+(?:earlier|later|also|further|though|then|again|reportedly|previously|had|has|have|would|will|who|last (?:week|month|year)|this (?:week|month)|(?:earlier |early )?(?:on|in) ${DAY_OR_MONTH}|at the time|\\p{Ll}{3,}ly)$`,
  'u',
);
// Words that end a noun phrase read backwards from its verb (or forwards from "according to").
const BOUNDARY = new Set(
  'that after before when while but which who whom as because since if so with by than where whether and or to for about against although until however also then comes came said says is are was were be been not on during'.split(
    ' ',
  ),
);
// Title words of people, so that "he" finds a spokesman rather than a country.
export const PERSON_WORDS =
  '(?:spokes(?:man|woman|person|people)|officials?|director|president|minister|secretary|ambassador|deputy|analysts?|leader|chief|envoy|advis[eo]r|governor|senator|premier|chancellor|commander|experts?|diplomats?|officers?|representative|mayor|judge|prosecutor|professor|commissioner|council+or|cllr|chair(?:man|woman|person)?|sheriff|colonel|general|major|captain|lieutenant|sergeant|admiral|brigadier|marshal)';
const PERSON = new RegExp(`\\b${PERSON_WORDS}\\b`, 'iu');

const capitalised = (w: string) => /^[\p{Lu}\p{N}]/u.test(w);
const RELATIVE = new Set(['that', 'which', 'who']);
// "built", "runs": a verb as used, opening a relative clause ("that built it").
const isInflectedVerb = (w: string) => /^\p{Ll}+$/u.test(w) && lemmatizer.verb(w) !== w;

/** Words before a verb with the adverbials and auxiliaries next to it left out ("…, has"). */
export function withoutTrailing(left: string): string {
  let s = ` ${left.trimEnd()}`;
  for (let prev = ''; prev !== s; ) [prev, s] = [s, s.replace(TRAILING, '')];
  return s;
}

/** The noun phrase ending where `left` ends: "However, NSC spokesman John Kirby later" → "NSC spokesman John Kirby". */
export function phraseBefore(left: string): string {
  // "The National Cyber Resilience Agency (NCRA)": the short form in brackets belongs to the name.
  const s = withoutTrailing(left.trimEnd().replace(/\s\([\p{Lu}\p{N}&.-]{2,12}\)$/u, ''));
  const tokens = s.trim().split(/\s+/u);
  const taken: string[] = [];
  for (let i = tokens.length - 1; i >= 0 && taken.length < 16; i--) {
    const token = tokens[i] ?? '';
    // A dash on its own ends a wire dateline: "SEOUL, May 12 (MPW) - North Korea …".
    if (!token || /[,;:()“”"‘!?.]$/u.test(token) || /^[“"‘]/u.test(token) || /^[-–—]+$/u.test(token)) break;
    const lower = token.toLowerCase();
    // "The United States and South Korea": "and" joins names, elsewhere it ends the phrase.
    const joinsNames = lower === 'and' && capitalised(taken[0] ?? '') && capitalised(tokens[i - 1] ?? '');
    // "But managing director Gareth Mellings": a capitalised boundary opens the sentence, unless it
    // stands inside a name ("Centre For Policy Studies").
    // Opening the text, a conjunction never is part of a name: "But Margaret Fairlie, a retired …".
    const opens =
      BOUNDARY.has(lower) && (!capitalised(taken[0] ?? '') || (i === 0 && /^\p{Lu}/u.test(token)));
    // "People familiar with the company's finances said", "sources close to the minister said":
    // the news formula for unnamed sources holds its preposition.
    const sourcing = /^(?:familiar with|close to)$/u.test(`${tokens[i - 1]?.toLowerCase()} ${lower}`);
    if ((BOUNDARY.has(token) || opens) && !joinsNames && !sourcing) {
      // "The company that built it said": a relative clause describes the speaker before it.
      // "A company that calls it “clean”": the speaker is the noun the pronoun stands for.
      if (RELATIVE.has(lower) && (taken.length === 0 || isInflectedVerb(taken[0] ?? ''))) {
        taken.length = 0;
        continue;
      }
      break;
    }
    taken.unshift(token);
  }
  // "In his statement yesterday he described …": a pronoun before the verb is the whole subject.
  if (/^(?:he|she|they|it|we|i)$/iu.test(taken.at(-1) ?? '')) return taken.at(-1) ?? '';
  // "The next day her office said": the time that opens the clause is not part of the speaker;
  // nor is a preposition ("came from Han Seo-yeon, …, who told"). A year alone is no one.
  const phrase = taken
    .join(' ')
    .replace(LEADING_TIME, '')
    .replace(/^(?:from|of|in|with|at|into)\s+/u, '');
  return /^\d+$/u.test(phrase) ? '' : phrase;
}

const NUMBER_WORD = '(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|\\d+)';
const LEADING_TIME = new RegExp(
  [
    String.raw`^(?:the\s+)?(?:next|following|previous|same)\s+(?:day|morning|afternoon|evening|night|week)\s+(?=\S)`,
    // "In November that year it repeated …", "On Tuesday the ministry said …", "In 2022 it said",
    // "In early November Kirby went further".
    String.raw`^(?:in|on|by|since|during)\s+(?:(?:early|mid|late)[\s-]+)?(?:${DAY_OR_MONTH}|\d{4})(?:\s+\d{4}|\s+(?:that|the same|last|this) year)?,?\s+(?=\S)`,
    // "Two months later it dismissed …", "A day earlier the council said …".
    String.raw`^${NUMBER_WORD}\s+(?:days?|weeks?|months?|years?)\s+(?:later|earlier|on)\b,?\s+(?=\S)`,
  ].join('|'),
  'iu',
);

/** The noun phrase starting `right`: "the official news agency, …" → "the official news agency". */
export function phraseAfter(right: string): string {
  const taken: string[] = [];
  for (const token of right.trim().split(/\s+/u)) {
    const bare = token.replace(/[,;:.!?”"’]+$/u, '');
    if (BOUNDARY.has(bare) || bare === 'in' || taken.length >= 16) break;
    taken.push(bare);
    if (bare !== token) break;
  }
  return taken.join(' ');
}

/**
 * The sentence's subject when it opens with a name ("North Korea has rejected …, calling it …"),
 * or with a pronoun after a time ("In November that year it repeated …, calling …": "it").
 */
export function subjectOf(sentence: string): string {
  const rest = sentence.replace(LEADING_TIME, '');
  const pronoun = rest !== sentence ? /^(?:it|he|she|they)\b/iu.exec(rest)?.[0] : undefined;
  const named = /^(?:(?:The|A|An)\s+)?(?:\p{Lu}[\p{L}’'.-]*\s+)*\p{Lu}[\p{L}’'.-]*/u.exec(rest)?.[0] ?? '';
  // "But Margaret Fairlie …", "For Dr Wolska-Ferenc, …", "For other independents": a preposition
  // or conjunction opening the sentence is no part of a name.
  const words = named.split(/\s+/u);
  while (words.length > 0 && isStopWord(words[0] ?? '') && !/^(?:the|a|an)$/iu.test(words[0] ?? ''))
    words.shift();
  return pronoun ?? words.join(' ');
}

export const isPersonPhrase = (phrase: string): boolean => PERSON.test(phrase);
