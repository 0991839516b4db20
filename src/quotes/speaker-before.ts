import { lemmatizer } from '../language/resources/lemma.ts';
import { lookUp } from '../language/resources/wordnet.ts';
import { isSpeechVerb } from '../language/speech-verbs.ts';
import { phraseBefore, subjectOf } from './phrases.ts';
import { speechVerbs } from './said.ts';
import { beforeVerb, type Found, withoutAside } from './speaker-phrase.ts';

// A pronoun opening the clause a verb of saying reports: "said it", "said that he".
const REPORTED_PRONOUN = /\b(\p{Ll}+)\s+(?:(\p{Ll}+)\s+)?(?:that\s+)?(?:it|he|she|they|we)\s+$/u;
const reportsPronoun = (left: string) =>
  (REPORTED_PRONOUN.exec(left)?.slice(1) ?? []).some((w) => w !== undefined && isSpeechVerb(w));

// "said", "says", "told", "tells": the verbs that report a clause whole.
const SAY_OR_TELL = /^(?:said|says|told|tells)$/u;
const REPORTED_CLAUSE_WORDS = 5;
function reportsClause(before: string, v: { index: number; verb: string }, later: number): boolean {
  const between = before.slice(v.index + v.verb.length, later);
  return (
    SAY_OR_TELL.test(v.verb) &&
    !/[,;:.!?“”"]/u.test(between) &&
    between.trim().split(/\s+/u).length <= REPORTED_CLAUSE_WORDS
  );
}

// A name owning what the clause before a colon is about: "Sarwar's advice is blunt".
const POSSESSOR = /^(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)*)['’]s\s+\p{Ll}+/u;

/** "X said: “…”", "X told reporters “…”", "X dismissed the claims as “…”", "Kirby: “…”". */
export function fromBefore(before: string): Found | undefined {
  // "X acknowledged in the staff briefing that …": a phrase that holds a verb of saying is no
  // speaker; that verb, further back, attributes.
  // So does the verb before a pronoun it reports: in "The hospital said it expected …" the
  // hospital speaks, not "it".
  const verbs = speechVerbs(before);
  const verb = verbs.findLast(
    (v, i) =>
      i === 0 ||
      !(
        speechVerbs(phraseBefore(withoutAside(before.slice(0, v.index)))).length > 0 ||
        reportsPronoun(before.slice(0, v.index))
      ),
  );
  // "Okafor-Reyes said crews had faced “…”": a verb in the clause that "said" reports is part of
  // what was said; the one who said it speaks.
  const reporting = verb && verbs.find((v) => v.index < verb.index && reportsClause(before, v, verb.index));
  if (reporting) return beforeVerb(before, reporting.index, reporting.verb);
  const colon = /([^.!?“”"]{1,120}):\s*$/u.exec(before);
  const said = verb && /^[^.!?]*:\s*$/u.test(before.slice(verb.index + verb.verb.length));
  if (colon && !said) {
    // "Kirby: “…”" names the speaker; "Lena Voss, the port's chief, was blunt: “…”" its subject.
    const phrase = phraseBefore(colon[1] ?? '');
    const whole = phrase === (colon[1] ?? '').trim();
    // "For other independents, Sarwar's advice is blunt: “…”": whose words they are.
    const owner = POSSESSOR.exec((colon[1] ?? '').split(/,\s*/u).at(-1) ?? '')?.[1];
    return { phrase: whole ? phrase : (owner ?? subjectOf(before.trim())), confidence: whole ? 0.8 : 0.6 };
  }
  if (verb) return beforeVerb(before, verb.index, verb.verb);
  // "North Korea on Tuesday rejected as “a fabricated drama” a report …": whoever calls a thing
  // so, by any verb in the past, says the words.
  const judged = /\b(\p{Ll}+ed)\s+as\s*$/u.exec(before);
  return judged?.[1] && lookUp(lemmatizer.verb(judged[1]), 'verb')
    ? beforeVerb(before, judged.index, judged[1])
    : undefined;
}
