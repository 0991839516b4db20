import type { Story } from './story.ts';

// How a word of the articles stands for a word a user typed, and what it earns: WordNet says
// whether they are related, word vectors whether they are used in the same sense here.

// WordNet lists every sense of a word; word vectors tell which sense the articles use. A synonym
// used alike (cosine ≥ SAME_SENSE) earns this share of the typed word, one used otherwise little.
const SAME_SENSE = 0.35;
// Closer still, the relation names the same thing ("ammo" and "ammunition" 0.64; "oil" and its
// verb sense's "cover" are not). At 0.5, seven answerable questions of the older blind sets were
// turned away as asking about a thing the articles lack ("nuke" for "nuclear", "locals" for
// "residents"); at 0.45 they are answered and no unanswerable question more is (at 0.42, four
// more pass this test).
const CLOSE = 0.45;
const SYNONYM = 0.6;
const SYNONYM_OTHER_SENSE = 0.15;
export const SYNONYM_UNKNOWN = 0.5;
export const RELATED = 0.35;
const RELATED_OTHER_SENSE = 0.08;
const RELATED_UNKNOWN = 0.25;
// A word only the vectors relate earns up to this share, from nothing at cosine SIMILAR_FROM.
export const SIMILAR = 0.6;
export const SIMILAR_FROM = 0.4;
/** A stand-in for a typed word: its terms (in order, for a phrase) and the weight it earns. */
export interface Stand {
  readonly parts: readonly string[];
  readonly credit: number;
  /** Counts towards deciding whether the articles answer (a synonym in the same sense). */
  readonly firm: boolean;
  /** A WordNet relation the vectors also place close: the same thing in other words. */
  readonly close?: boolean;
  /** A synonym (not a looser relation such as a word of the definition). */
  readonly synonym?: boolean;
}

/** The share a related phrase earns: by WordNet's relation, checked against word vectors. */
export function shareOf(
  story: Story,
  word: string | undefined,
  parts: readonly string[],
  near: boolean,
): { share: number; close: boolean } {
  const sims = word ? parts.map((t) => story.vocabulary.similarity(word, t)) : [];
  const known = sims.filter((s): s is number => s !== undefined);
  if (known.length === 0) return { share: near ? SYNONYM_UNKNOWN : RELATED_UNKNOWN, close: false };
  const best = Math.max(...known);
  const same = best >= SAME_SENSE;
  const close = best >= CLOSE;
  if (near) return { share: same ? SYNONYM : SYNONYM_OTHER_SENSE, close };
  return { share: same ? RELATED : RELATED_OTHER_SENSE, close };
}

/** One stand per phrase, WordNet's and the vectors' view of it combined: the best credit, best first. */
export function strongest(stands: readonly Stand[]): Stand[] {
  const byPhrase = new Map<string, Stand>();
  for (const s of stands) {
    const key = s.parts.join(' ');
    const known = byPhrase.get(key);
    byPhrase.set(
      key,
      known
        ? {
            parts: s.parts,
            credit: Math.max(known.credit, s.credit),
            firm: known.firm || s.firm,
            close: (known.close ?? false) || (s.close ?? false),
            synonym: (known.synonym ?? false) || (s.synonym ?? false),
          }
        : s,
    );
  }
  return [...byPhrase.values()].sort((a, b) => b.credit - a.credit);
}
