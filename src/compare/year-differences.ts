import { lemmatizer } from '../language/resources/lemma.ts';
import { terms } from '../language/text.ts';
import type { Story } from '../retrieval/story.ts';
import { type Discrepancy, type Side, shortQuote } from './discrepancy.ts';

// A one-off event given two years: "Founded in 1958 by Arthur Penhallow …" against "Founded in
// 1961, the operator had grown …". Years apart are no days apart, so the timeline never groups
// them (CLOSE_DAYS): here the same verb right before "in <year>" in two articles, whose
// sentences share more than that verb, says the two years are of one thing.

const VERB_IN_YEAR = /\b(\p{L}+ed)\s+in\s+((?:1[89]|20)\d{2})\b/giu;
// The other words two sentences must share, as a share of the lighter one's weight.
const SHARED = 0.2;
// Years further apart than this are more likely two events of the same kind.
const MAX_YEARS = 15;

interface YearGiven {
  readonly side: Side;
  readonly verb: string;
  /** The verb as the sentence's terms hold it, left out when two sentences are compared. */
  readonly verbTerm: string;
  readonly year: number;
  readonly terms: ReadonlySet<string>;
}

function yearsGiven(story: Story): YearGiven[] {
  return story.passages.flatMap((p) =>
    p.paragraph.sentences.flatMap((s) =>
      [...s.text.matchAll(VERB_IN_YEAR)].map((m) => {
        const year = m[2] ?? '';
        const side = {
          articleId: p.article.meta.id,
          paragraph: p.paragraph.number,
          value: year,
          text: s.text,
        };
        const own = terms(s.text.replace(year, ''));
        return {
          side,
          verb: lemmatizer.verb((m[1] ?? '').toLowerCase()),
          verbTerm: terms(m[1] ?? '')[0] ?? '',
          year: Number(year),
          terms: new Set(own),
        };
      }),
    ),
  );
}

/** One verb's years that articles give differently, each article's sentence a side. */
export function yearDifferences(story: Story): Discrepancy[] {
  const given = yearsGiven(story);
  const weight = (t: string) => story.idf(t);
  const alike = (a: YearGiven, b: YearGiven) => {
    const [light, heavy] = [a, b].sort((x, y) => x.terms.size - y.terms.size) as [YearGiven, YearGiven];
    const others = [...light.terms].filter((t) => t !== light.verbTerm);
    const total = others.reduce((sum, t) => sum + weight(t), 0);
    const shared = others.filter((t) => heavy.terms.has(t)).reduce((sum, t) => sum + weight(t), 0);
    return total > 0 && shared / total >= SHARED;
  };
  const found: Discrepancy[] = [];
  for (const verb of new Set(given.map((g) => g.verb))) {
    const same = given.filter((g) => g.verb === verb);
    const linked = same.filter((a) =>
      same.some(
        (b) =>
          b.side.articleId !== a.side.articleId &&
          b.year !== a.year &&
          Math.abs(b.year - a.year) <= MAX_YEARS &&
          alike(a, b),
      ),
    );
    if (new Set(linked.map((g) => g.year)).size < 2) continue;
    const years = [...new Set(linked.map((g) => g.year))].sort();
    const about = `the year: ${years.join(' or ')}, of ${shortQuote(linked[0]?.side.text ?? '', 70)}`;
    found.push({ kind: 'date', about, sides: linked.map((g) => g.side) });
  }
  return found;
}
