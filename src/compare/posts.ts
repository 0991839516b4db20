import { peopleIntroducedIn } from '../language/people.ts';
import type { Story } from '../retrieval/story.ts';
import type { Discrepancy, Side } from './discrepancy.ts';

// One person given two ranks by different articles: "Inspector Deborah Amankwah" in one,
// "Chief Inspector Deborah Amankwah" in another. Only a title written before the full name counts,
// and only a difference of rank: the same title word with another grade before it ("Chief",
// "Deputy", "Acting", "Detective"…). A title shortened or lengthened by what the post is of
// ("Minister" and "Transport Minister") is the same post.

// Words that make another rank of the same title.
const GRADES = new Set([
  'chief',
  'deputy',
  'assistant',
  'acting',
  'senior',
  'vice',
  'detective',
  'principal',
  'lieutenant',
  'interim',
  'associate',
  'junior',
  'first',
  'second',
]);
// Up to three capitalised words right before the name: "Chief Inspector", "Det Sgt".
const TITLE_BEFORE = /((?:\p{Lu}[\p{L}.-]*\s+){1,3})$/u;

interface Titled {
  readonly title: string;
  readonly side: Side;
}

/** The grades of a title ("Chief Inspector" → chief) and its last word ("inspector"). */
function rankOf(title: string): { grades: string; head: string } {
  const list = title.toLowerCase().split(/\s+/u);
  return { grades: list.filter((w) => GRADES.has(w)).join(' '), head: list.at(-1) ?? '' };
}

/** The first title each article writes before each person's full name. */
function titlesOf(story: Story): Map<string, Titled[]> {
  const byPerson = new Map<string, Titled[]>();
  for (const article of story.corpus.articles) {
    const seen = new Set<string>();
    for (const p of article.paragraphs)
      for (const s of p.sentences)
        for (const name of peopleIntroducedIn(s.text)) {
          const at = s.text.indexOf(name);
          const title = TITLE_BEFORE.exec(s.text.slice(0, at))?.[1]?.trim();
          if (!title || seen.has(name)) continue;
          seen.add(name);
          const side = {
            articleId: article.meta.id,
            paragraph: p.number,
            value: `${title} ${name}`,
            text: s.text,
          };
          byPerson.set(name, [...(byPerson.get(name) ?? []), { title, side }]);
        }
  }
  return byPerson;
}

/** People the articles give different ranks of one title. */
export function postDifferences(story: Story): Discrepancy[] {
  const out: Discrepancy[] = [];
  for (const [name, list] of titlesOf(story)) {
    const ranks = list.map((t) => ({ ...t, ...rankOf(t.title) }));
    const head = ranks[0]?.head;
    if (!head || ranks.some((r) => r.head !== head)) continue;
    const grades = [...new Set(ranks.map((r) => r.grades))];
    if (grades.length < 2) continue;
    const titles = [...new Set(ranks.map((r) => r.title))];
    out.push({
      kind: 'name',
      about: `the post of ${name}: ${titles.map((t) => `“${t}”`).join(' or ')}`,
      sides: ranks.map((r) => r.side),
    });
  }
  return out;
}
