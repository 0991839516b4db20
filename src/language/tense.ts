import { isIrregularVerbForm, lemmatizer } from './resources/lemma.ts';

// The tense of the clause a time expression belongs to. News reports what happened, so a bare
// "in July" or "on Monday" is the last one before publication; but a planned event ("will open
// hearings in July", "is due to report by the end of November", "are expected next week") is the
// next one. The verb group nearest the expression in its clause decides.

export type Tense = 'past' | 'future';

// Verb groups that speak of what is still to come: modals of the future and of what may come
// ("might not be heard before August"; also the future seen
// from a past report: "said the payments would be made next week", with a participle after the
// verb: "will stay closed"), "be due/expected/set to",
// "be to" + verb ("schools are to open on Monday"), what must still be done ("has to be approved
// in a vote on 12 June", "must approve"; not "must have"), a date set ("a vote set for 12 June"),
// a present intention ("wants to inform", "plans to vote", "we expect to have": what is wanted is
// not yet done), an arrangement in the present progressive ("the union is holding a meeting on
// Thursday"; not when "after" or "since" leads to the time: "police are investigating after a
// fire on Monday"), and "next" before a noun other than a unit of time ("at its next session",
// "in its next report": the one still to come; "the next day" counts from an event, anchors.ts).
const FUTURE =
  /\b(?:(?:will|shall|would|might|should|won['’]t|wouldn['’]t)(?:\s+(?:not|never|also|still|then|soon|now|be|have|been|\p{Ll}+ly))*\s+\p{Ll}+(?:\s+(?:closed|shut|open|\p{Ll}+ed)\b)?|(?:is|are|was|were|be|been|being)\s+(?:\p{Ll}+ly\s+)?(?:due|expected|scheduled|set|slated|planned|poised)\b|(?:is|are|was|were)\s+to\s+(?!be\s+\p{Ll}+ed\b)\p{Ll}+|(?:due|expected|scheduled)\s+(?:to|by|before|in|on|for)\b|(?:due|scheduled|slated)(?=\s*$)|(?:wants?|plans?|intends?|hopes?|aims?|seeks?|expects?|promises?|pledges?|vows?)\s+to\s+\p{Ll}+|(?:is|are|am)\s+(?:\p{Ll}+ly\s+)?(?!(?:noth|someth|anyth|everyth|th)ing\b)\p{Ll}{2,}ing\b(?![^;:]*\b(?:after|since|following|amid|over|during|because)\b)|(?:has|have|needs?)\s+(?:still\s+)?to\s+(?:be\s+)?\p{Ll}+|must\s+(?:still\s+)?(?:be\s+)?(?!have\b)\p{Ll}+|(?:set|slated|planned)\s+for\b|next\s+(?!(?:day|days|morning|afternoon|evening|night|week|weeks|month|months|year|years|time)\b)\p{Ll}+)/giu;
// Someone told to do something: "asked staff to register", "urged residents to leave".
const DIRECTED =
  /\b(?:asked|told|urged|ordered|advised|instructed|invited|required|encouraged|called on)\s+(?:[\p{L}’'-]+\s+){1,3}?to\s+\p{Ll}+/u;
// Finite verbs of the past and perfect: a past form of "be", "have" or "do", or a lower-case word a
// lemmatizer undoes to another verb form ("said", "began", "killed").
const AUXILIARY_PAST = /^(?:was|were|had|did|has|have|been)$/u;
// Where a clause begins: punctuation that sets clauses apart, or a word that joins two of them.
const CLAUSE_START = /[;:–—(]|,\s|\b(?:and|but|while|whereas|because|although|though|if|once|when|that)\s/gu;
// The words that introduce a time expression are part of it, not of the clause before it.
const INTRODUCER =
  /(?:\b(?:in|on|at|least|by|before|until|till|from|since|after|during|of|the|end|start|beginning|early|mid|late|around|about|shortly|soon|sometime|as|until|within|over)\b[\s-]*)+$/iu;

/** Whether a word is a past form of a verb ("said", "crossed", "had"), as news reports what happened. */
export function isPastVerb(word: string): boolean {
  if (AUXILIARY_PAST.test(word)) return true;
  if (!/^\p{Ll}+$/u.test(word) || /(?:s|ing)$/u.test(word)) return false;
  return /ed$/u.test(word) || lemmatizer.verb(word) !== word;
}

/**
 * Whether a word can be a past participle: a past form ("stolen", "closed"), or an irregular verb
 * whose participle is spelled as its base ("hurt", "cut"): after "was" or "got" it is one.
 */
export function isParticiple(word: string): boolean {
  return /^\p{Ll}+$/u.test(word) && !/ing$/u.test(word) && (isPastVerb(word) || isIrregularVerbForm(word));
}

interface Marker {
  readonly tense: Tense;
  readonly end: number;
}

function markersIn(text: string): Marker[] {
  const found: Marker[] = [];
  for (const m of text.matchAll(FUTURE)) found.push({ tense: 'future', end: m.index + m[0].length });
  for (const m of text.matchAll(/\p{L}+/gu))
    if (isPastVerb(m[0])) found.push({ tense: 'past', end: m.index + m[0].length });
  // A future group ends after the past form it holds ("were expected"): the later end wins.
  return found.sort((a, b) => a.end - b.end || (a.tense === 'future' ? 1 : -1));
}

/**
 * The tense of the clause around `text.slice(start, end)`: the last verb group before it in its
 * clause, else the first after it; a clause with neither reports the past.
 */
export function tenseAround(text: string, start: number, end: number): Tense {
  const left = text.slice(0, start).replace(INTRODUCER, '');
  let from = 0;
  for (const m of left.matchAll(CLAUSE_START)) from = m.index + m[0].length;
  // A deadline set for what someone was asked to do is still to come: "asked staff to register
  // their details by Friday".
  const introducer = INTRODUCER.exec(text.slice(0, start))?.[0] ?? '';
  if (/\bby\b/iu.test(introducer) && DIRECTED.test(left.slice(from))) return 'future';
  const before = markersIn(left.slice(from)).at(-1);
  if (before) return before.tense;
  const rest = text.slice(end);
  const stop = rest.search(/[;:–—(]|,\s|\b(?:and|but|while|whereas|because|that)\s/u);
  return markersIn(stop < 0 ? rest : rest.slice(0, stop))[0]?.tense ?? 'past';
}

/**
 * Whether words hold a finite verb, so that they make a clause ("the White House said …",
 * "ransomware took down …"), not a noun phrase ("the explosion at the plant").
 */
export function holdsClause(text: string): boolean {
  return (
    /\b(?:is|are|says|has)\b/u.test(text) || [...text.matchAll(/\p{L}+/gu)].some((m) => isPastVerb(m[0]))
  );
}

// "remain closed", "still", "again": a state that goes on, not a new event.
const CONTINUING = /\b(?:remain(?:s|ed)?|still|continue[sd]?|again|no longer)\b/iu;

/** Whether a text speaks of a state going on ("schools remain closed on Thursday"). */
export const isContinuing = (text: string): boolean => CONTINUING.test(text);
