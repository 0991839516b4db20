import type { QueryGroup } from '../language/query.ts';
import { lemmatizer } from '../language/resources/lemma.ts';
import { isThingNoun } from '../language/resources/noun-kinds.ts';
import { RELATED, SIMILAR, SIMILAR_FROM, type Stand, SYNONYM_UNKNOWN, shareOf, strongest } from './stands.ts';
import type { Story } from './story.ts';

// An ordinary word the articles lack, but whose synonyms they use, counts for this much of its IDF.
const UNKNOWN_ORDINARY = 0.5;
// A word of the articles whose definition holds this many of the question's words stands for
// them, as "export" ("sell or transfer abroad") does for "sell … abroad". One word of a definition
// alone is too loose a bridge: measured on the blind sets, it moved as many questions down as up.
const DEFINED_TOGETHER = 2;
/** A query group made ready to test passages: only what the articles can hold is kept. */
interface Ready {
  readonly group: QueryGroup;
  readonly weight: number;
  /** The typed term and its equivalents: each earns the whole weight. */
  readonly whole: readonly Stand[];
  /** Synonyms, looser relations and words used alike, best credit first. */
  readonly partial: readonly Stand[];
}

/** The groups of a question, ready to measure passages against. */
export type Relevance = readonly Ready[];

/**
 * Prepares a question's groups once per question. A word the articles never use weighs fully
 * when it is a name (the question is about something else) or has no synonym they use, and
 * less when it is an ordinary word they only phrase differently. A name weighs as much as its
 * rarest form: "DPRK" says more than the "North Korea" it stands for.
 */
export function relevanceOf(story: Story, groups: readonly QueryGroup[]): Relevance {
  const definers = definersOf(story, groups);
  return groups.map((group) => {
    const same = (group.equivalents ?? []).map((phrase) => phrase.split(' '));
    const knownPhrase = (phrase: string) => phrase.split(' ').every((t) => story.knows(t));
    const near = group.alternatives.filter(knownPhrase).map((p) => p.split(' '));
    const far = (group.related ?? []).filter(knownPhrase).map((p) => p.split(' '));
    const paraphrased =
      group.ordinary && (same.some((p) => p.every((t) => story.knows(t))) || near.length > 0);
    const typedIdf = Math.max(
      story.idf(group.term),
      ...same.map((p) => Math.max(...p.map((t) => story.idf(t)))),
    );
    const weight = typedIdf * (story.knows(group.term) || !paraphrased ? 1 : UNKNOWN_ORDINARY);
    const idfOf = (parts: readonly string[]) => Math.min(...parts.map((t) => story.idf(t)));
    const stand = (parts: readonly string[], share: number, firm: boolean, close = false): Stand => ({
      parts,
      credit: Math.min(weight, idfOf(parts)) * share,
      firm,
      close,
    });
    const partial = [
      ...near.map((parts) => {
        const { share, close } = shareOf(story, group.word, parts, true);
        return { ...stand(parts, share, share >= SYNONYM_UNKNOWN, close), synonym: true };
      }),
      // A looser relation counts towards deciding only when the vectors agree it is used alike:
      // two resources that agree are a bridge ("hurt" → "injured"); either alone is a guess.
      ...far.map((parts) => {
        const { share, close } = shareOf(story, group.word, parts, false);
        return stand(parts, share, share >= RELATED, close);
      }),
    ];
    // Credited as a looser relation, and never deciding whether the articles answer.
    for (const term of group.word && group.ordinary ? story.vocabulary.definedBy(group.term) : [])
      if (definers.has(term)) partial.push(stand([term], RELATED, false));
    for (const n of group.word ? story.vocabulary.neighbours(group.word, group.term) : []) {
      if (n.term === group.term) continue;
      const share = (SIMILAR * (n.similarity - SIMILAR_FROM)) / (1 - SIMILAR_FROM);
      // Neighbours alone never decide to answer: "killed" sits near "others", "far" near "though".
      partial.push(stand([n.term], share, false));
    }
    const whole = [[group.term], ...same]
      .filter((p) => p.every((t) => story.knows(t)))
      .map((parts) => ({ parts, credit: weight, firm: true }));
    return { group, weight, whole, partial: strongest(partial) };
  });
}

/** Words of the articles whose definition uses DEFINED_TOGETHER or more of the question's words. */
function definersOf(story: Story, groups: readonly QueryGroup[]): Set<string> {
  const uses = new Map<string, number>();
  for (const group of groups) {
    if (!group.word || !group.ordinary) continue;
    for (const term of story.vocabulary.definedBy(group.term)) uses.set(term, (uses.get(term) ?? 0) + 1);
  }
  return new Set([...uses].flatMap(([term, n]) => (n >= DEFINED_TOGETHER ? [term] : [])));
}

/** An inflected form of a verb ("stole", "paid"), which the lemmatizer undoes to another word. */
const isVerbForm = (word: string) => lemmatizer.verb(word) !== word;

/**
 * Whether every name the question asks about (a person, a country, an organisation) is in the
 * articles, as written or by an equivalent: a question about China is not answered by passages
 * about Russia, however much else they share.
 */
export function namesKnown(relevance: Relevance): boolean {
  return relevance.every((r) => {
    // A name or a thing may be written in another form ("Europe" → "European", "ammo" →
    // "ammunition"): a WordNet relation the vectors place close stands for it. Neighbours in
    // the vectors alone do not: "oil" sits near "supply" and "export".
    if (r.whole.length > 0 || r.partial.some((s) => s.close)) return true;
    if (r.group.name) return false;
    // A concrete thing asked about ("oil", "pizza") must be in the articles; a form of a verb
    // ("stole", not the garment) is no thing.
    return !(r.group.word && isThingNoun(r.group.word) && !isVerbForm(r.group.word));
  });
}

/** BM25 query terms for every relation a group holds, weighed by what it earns. */
export function relationTerms(relevance: Relevance): { term: string; weight: number }[] {
  return relevance.flatMap((r) =>
    r.partial.flatMap((s) =>
      s.parts.map((term) => ({ term, weight: s.credit / (r.weight || 1) / s.parts.length })),
    ),
  );
}
