import { terms } from '../language/text.ts';
import type { Answer } from '../retrieval/ask.ts';
import { coverageOf } from '../retrieval/coverage.ts';
import type { Story } from '../retrieval/story.ts';
import { predicateIn } from './predicates.ts';
import type { ClaimContent } from './stance.ts';

// A search by the claim's words may miss the passage that tells its happening in another word
// or by its opposite ("The company disputed the findings" against "has owned up"): passages
// holding a form of the claim's verb, of a word for it or of its opposite are also candidates,
// when they are about what the claim is about and tell it as a verb.

// Share of the claim's weight (its words as typed, equivalents, synonyms) such a passage covers.
const ABOUT = 0.3;
const LIMIT = 40;

/** A passage found for a checked claim: what the check reads of a search's answer. */
export type Found = Pick<Answer, 'articleId' | 'paragraph' | 'text' | 'score' | 'citation' | 'alsoIn'>;

/** Passages that tell the claim's happening, best first, each scored `score`. */
export function toldPassages(story: Story, content: ClaimContent, score: number): Found[] {
  const own = content.predicates.filter((p) => !p.background);
  const forms = new Set(own.flatMap((p) => [...p.same, ...p.opposite]).flatMap((f) => terms(f)));
  if (forms.size === 0) return [];
  const query = [...forms].map((term) => ({ term, weight: 1 }));
  return story.index.search(query, LIMIT).flatMap((hit) => {
    const passage = story.passages[hit.doc];
    if (!passage || coverageOf(content.all, passage).firm < ABOUT) return [];
    const citation = story.citation(passage.article.meta.id, passage.paragraph.number);
    // Told as a verb: "export controls" tells no exporting.
    if (!citation || !predicateIn(own, passage.paragraph.text)?.verb) return [];
    const { articleId, paragraph } = citation;
    return [{ articleId, paragraph, text: passage.paragraph.text, score, citation, alsoIn: [] }];
  });
}
