import {
  aspectOf,
  isNegative,
  isNegativeBut,
  isOpen,
  isUnsettled,
  negatedAt,
  POLARITY_WORDS,
} from '../language/polarity.ts';
import { queryGroups } from '../language/query.ts';
import { wordVectors } from '../language/resources/vectors.ts';
import { sentenceWords } from '../language/sentence-words.ts';
import { words } from '../language/text.ts';
import { type Relevance, relevanceOf } from '../retrieval/relevance.ts';
import { softCoverage } from '../retrieval/soft-match.ts';
import type { Story } from '../retrieval/story.ts';
import { countsSame, otherValue, sameValue, statesValue, type Values, valuesIn } from './claim-values.ts';
import { happensIn, type Predicate, predicateIn, predicatesOf } from './predicates.ts';

/** Which way a passage goes on a checked claim. */
export type Stance = 'supports' | 'contradicts' | 'mentions';

// A clause takes a side only when it is about the same thing: it holds this share of the claim
// (word by word, synonyms and words used alike counting in part) and, when the claim tells a
// happening, tells one too ("The attack on the City Hospital of Marrowby concerns thousands of
// patients" is no side on "Marrowby City Hospital paid the ransom"). A clause that tells the
// claim's happening itself ("has not paid") needs less: names weigh much, and it holds the point.
const SAME_CONTENT = 0.5;
const SAME_HAPPENING = 0.25;
// One sentence may carry both sides ("the union says staff reported a defect; the company denies
// it"): each clause is read on its own, and the one closest to the claim decides.
const CLAUSES = /;|,? but |,? while |,? whereas |,? although /u;

/** A text without the words that only turn it round, so that content is compared with content. */
function withoutPolarity(text: string): string {
  return words(text)
    .filter((w) => !POLARITY_WORDS.has(w.norm))
    .map((w) => text.slice(w.start, w.end))
    .join(' ');
}

/** What a claim is about, ready to compare sentences against (once per claim). */
export interface ClaimContent {
  /** Its words but for counts, which are compared as values. */
  readonly all: Relevance;
  readonly predicates: readonly Predicate[];
  /** The counts, numbers and times of day it states. */
  readonly values: Values;
}

export function claimContent(story: Story, claim: string): ClaimContent {
  const content = withoutPolarity(claim);
  const groups = queryGroups(content).filter((g) => !/\d/u.test(g.term));
  return {
    all: relevanceOf(story, groups),
    predicates: predicatesOf(claim),
    values: valuesIn(claim),
  };
}

interface Reading {
  readonly stance: Stance;
  readonly share: number;
  /** The clause tells the claim's happening itself. */
  readonly told: boolean;
}

/** How one clause reads on a claim. */
function read(claim: string, content: ClaimContent, clause: string, subject = ''): Reading {
  const vectors = wordVectors();
  const share = softCoverage(content.all, sentenceWords(`${subject} ${clause}`), vectors);
  const telling = predicateIn(content.predicates, clause);
  // A clause telling only what names the claim's subject ("had been arrested" on "the man who
  // was arrested has been charged") says nothing of what the claim says happened.
  if (telling?.background) return { stance: 'mentions', share, told: false };
  const found = telling;
  const told = found !== undefined;
  const given = valuesIn(clause);
  // A clause counting what the claim counts ("three men" against "four people carried out the
  // robbery") says how many, whatever verb it tells it with.
  const about =
    found || countsSame(content.values, given)
      ? share >= SAME_HAPPENING
      : share >= SAME_CONTENT && (content.predicates.length === 0 || happensIn(clause));
  if (!about) return { stance: 'mentions', share, told };
  // "Too early to say whether …", "could not independently verify": not known, no side.
  if (isUnsettled(clause) && !isUnsettled(claim)) return { stance: 'mentions', share, told };
  // The happening turned round where it is told ("has not paid"), or its opposite ("remains open").
  const negative = found ? negatedAt(clause, found.index, found.verb) !== found.opposite : isNegative(clause);
  // The claim's own word for the happening is what it tells, not what turns it round: "The union
  // rejected the offer" tells a rejection, which "accepted" turns round and "did not reject"
  // denies ("sent home with no wages" stays turned round by its "no").
  const claimNegative = found ? isNegativeBut(claim, found.word) : isNegative(claim);
  if (otherValue(content.values, given)) return { stance: 'contradicts', share, told };
  // A negation in a clause that does not tell the claim's happening turns round something else:
  // "… stopped trading without warning" says nothing against "was founded in 1958". (A denial
  // is still contradicted by a report of the same thing: "has never exported" by "was buying".)
  const elsewhere = !found && content.predicates.length > 0 && negative && !claimNegative;
  if (claimNegative !== negative) return { stance: elsewhere ? 'mentions' : 'contradicts', share, told };
  // A claim that states a count or a time is borne out only by a clause that gives it: "the
  // driver had 22 years' experience" is not supported by "drivers have been warning for a year".
  if (statesValue(content.values) && !sameValue(content.values, given))
    return { stance: 'mentions', share, told };
  // A hedged sentence ("Russia could purchase", "trying to find out if") settles nothing.
  if (isOpen(clause) && !isOpen(claim)) return { stance: 'mentions', share, told };
  if (aspectOf(claim) === 'done' && aspectOf(clause) === 'to come')
    return { stance: 'contradicts', share, told };
  return { stance: 'supports', share, told };
}

/**
 * Whether `sentence` supports, contradicts or only mentions `claim`. About the same thing, a
 * denial against an assertion contradicts ("has never exported" against "is secretly supplying"),
 * so does something still to come against something claimed done ("is due to report" against
 * "has already published"), the opposite of the claim's happening, or another count of what it
 * counts; the same polarity supports, unless the sentence leaves it open.
 */
export function stanceOf(claim: string, content: ClaimContent, sentence: string): Stance {
  return readSentence(claim, content, sentence).stance;
}

/** The clause closest to the claim decides. */
function readSentence(claim: string, content: ClaimContent, sentence: string): Reading {
  const parts = sentence.split(CLAUSES);
  // "A guard was on duty but was not hurt": a clause that opens on its verb shares the subject
  // of the clause before it, and is measured with it.
  const clauses = parts.map((c, i) =>
    read(claim, content, c, SUBJECTLESS.test(c) ? (parts[i - 1] ?? '') : ''),
  );
  return clauses.reduce((best, r) => (r.share > best.share ? r : best));
}

const SUBJECTLESS =
  /^\s*(?:is|are|was|were|has|have|had|did|does|do|will|would|could|can|may|might|must|should)\b/u;

/**
 * Which way a passage goes: its sentence `closest` to the claim decides (the caller's pick), but
 * one that tells the claim's happening and takes a side goes before it when it only mentions the
 * claim ("Nightjar demanded a ransom. The hospital has not paid.").
 */
export function passageStance(
  claim: string,
  content: ClaimContent,
  sentences: readonly string[],
  closest: number,
): { text: string; index: number; stance: Stance; told: boolean } | undefined {
  const read = sentences.map((text, index) => ({ text, index, ...readSentence(claim, content, text) }));
  const sides = read.filter((r) => r.told && r.stance !== 'mentions');
  const side = sides.reduce<(typeof read)[number] | undefined>(
    (b, r) => (!b || r.share > b.share ? r : b),
    undefined,
  );
  const first = read[closest];
  return first?.stance === 'mentions' && side ? side : first;
}
