import { broaderKinds } from './answer-type.ts';
import { wantedAnswerType } from './asked-kind.ts';
import { countryMentions } from './countries.ts';
import { monthToken } from './dateline.ts';
import { expand, NONE, phrasalSynonyms, sameFamily } from './expansion.ts';
import { namingWords } from './question-frame.ts';
import { isClosedClass } from './resources/closed-class.ts';
import { isDictionaryWord } from './resources/lexicon.ts';
import { spelledOut } from './resources/shorthand.ts';
import { termOf, type Word, words } from './text.ts';

export interface QueryTerm {
  readonly term: string;
  /** How much a match counts: most for what the user typed, less for what we inferred. */
  readonly weight: number;
}

/** One thing the user asked about: the term they typed and the terms that may stand for it. */
export interface QueryGroup {
  readonly term: string;
  /** The word as typed (lower case), where the group is one word: what word vectors look up. */
  readonly word?: string;
  /**
   * What stands for exactly the same thing: the country a name names, the other side of "A or
   * B", an acronym's expansion. A phrase is its terms joined by spaces, to be matched in order.
   */
  readonly equivalents?: readonly string[];
  /** Near synonyms and derived forms (phrases as above). */
  readonly alternatives: readonly string[];
  /** Looser relations (a definition's words, a broader term, an opposite), weighed less. */
  readonly related?: readonly string[];
  /** An ordinary English word rather than a name: missing from the articles, it matters less. */
  readonly ordinary: boolean;
  /**
   * Written as a name (a country, or a capitalised word that is no dictionary word and not the
   * first of a sentence): if the articles never use it, the question is about something else.
   */
  readonly name?: boolean;
}

/** "Monday or Tuesday": each second word of such a pair, mapped to the first. */
function alternativesOf(question: string, list: readonly Word[]): Map<string, string> {
  const pairs = new Map<string, string>();
  for (let i = 0; i + 1 < list.length; i++) {
    const [a, b] = [list[i], list[i + 1]];
    if (!a || !b || !/^\s+or\s+$/iu.test(question.slice(a.end, b.start))) continue;
    const [termA, termB] = [termOf(a), termOf(b)];
    if (termA && termB && termA !== termB) pairs.set(termB, termA);
  }
  return pairs;
}

/**
 * A question's groups: each content word with its relations, each country it names (one group,
 * whatever words name it), either side of "A or B" together, and the kind of answer it wants.
 */
export function queryGroups(typed: string): QueryGroup[] {
  const question = spelledOut(typed);
  const list = namingWords(question);
  const groups = new Map<string, QueryGroup>();
  const inName = new Set<number>();
  for (const { concept, from, to } of countryMentions(list)) {
    const name = list
      .slice(from, to)
      .flatMap((w) => termOf(w) ?? [])
      .join(' ');
    const known = groups.get(concept)?.equivalents ?? [];
    groups.set(concept, {
      term: concept,
      equivalents: [...known, name],
      alternatives: [],
      ordinary: false,
      name: true,
    });
    for (let i = from; i < to; i++) inName.add(i);
  }
  const either = alternativesOf(question, list);
  const phrasal = phrasalSynonyms(words(question));
  list.forEach((word, i) => {
    const term = termOf(word);
    if (!term || groups.has(term) || either.has(term) || inName.has(i)) return;
    const ordinary = !word.acronym && isDictionaryWord(word.norm);
    const {
      equivalents: same,
      near: synonyms,
      far,
    } = /\d/u.test(word.norm) || isClosedClass(word.norm) ? NONE : expand(word, ordinary, term);
    const month = monthToken(word.norm);
    // Forms of one word family ("denial", "denied") are the same word asked; other synonyms are near.
    const family = synonyms.filter((p) => sameFamily(p, term));
    const near = [...synonyms.filter((p) => !family.includes(p)), ...(phrasal.get(word.start) ?? [])];
    // A month asked is also the month an article was published: its news happened then.
    const equivalents = [
      ...same,
      ...family,
      ...(month ? [month] : []),
      ...[...either].filter(([, a]) => a === term).map(([b]) => b),
    ];
    const written = question.slice(word.start, word.end);
    const name =
      !ordinary &&
      !word.acronym &&
      !month &&
      /\p{Lu}/u.test(written) &&
      !/(?:^|[.!?]\s*)$/u.test(question.slice(0, word.start));
    groups.set(term, {
      term,
      word: word.norm,
      equivalents,
      alternatives: near,
      related: far,
      ordinary,
      name,
    });
  });
  const answerType = wantedAnswerType(question);
  // A time of day asked is answered best by a clock time, and next best by a day or a date.
  if (answerType)
    groups.set(answerType, { term: answerType, alternatives: [...broaderKinds(answerType)], ordinary: true });
  return [...groups.values()];
}

// Query weight of what the user typed and of near alternatives. Looser relations are left out
// of the BM25 query: they only count towards coverage (relevance.ts), where they helped ranking
// more than as BM25 terms, and each term costs a pass over its postings.
const TYPED = 2;
const NEAR = 1;

/** Weighted BM25 query; a phrase's weight is shared among its terms. */
export function weightedTerms(groups: readonly QueryGroup[]): QueryTerm[] {
  const weights = new Map<string, number>();
  const add = (phrase: string, weight: number) => {
    const parts = phrase.split(' ');
    for (const part of parts) weights.set(part, Math.max(weights.get(part) ?? 0, weight / parts.length));
  };
  for (const group of groups) weights.set(group.term, TYPED);
  for (const group of groups) for (const same of group.equivalents ?? []) add(same, TYPED);
  for (const group of groups) for (const alt of group.alternatives) add(alt, NEAR);
  return [...weights].map(([term, weight]) => ({ term, weight }));
}
