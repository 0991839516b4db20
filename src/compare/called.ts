import { isPersonNoun } from '../language/resources/noun-kinds.ts';
import { words } from '../language/words.ts';
import type { Story } from '../retrieval/story.ts';
import type { Discrepancy, Side } from './discrepancy.ts';

// One thing given two names by different articles, each using only its own: a name news writing
// gives a common noun by apposition ("The group, which calls itself Nightjar", "the hacker group
// "Nightshade"", "Nightjar, the group behind the attack"). Two articles that name "the group"
// differently and never use each other's name disagree on what it is called. People are named
// otherwise (spellings.ts, the speaker points).

const NAME = `(\\p{Lu}[\\p{L}’'-]*(?:\\s+\\p{Lu}[\\p{L}’'-]*){0,3})`;
const CALLED: readonly { re: RegExp; noun: number; name: number }[] = [
  // "the group, which calls itself Nightjar"
  {
    re: new RegExp(
      `\\b(\\p{Ll}+),?\\s+(?:which|who)\\s+calls?\\s+(?:itself|themselves)\\s+["“]?${NAME}`,
      'gu',
    ),
    noun: 1,
    name: 2,
  },
  // 'the hacker group "Nightshade"'
  { re: new RegExp(`\\bthe\\s+(?:\\p{Ll}+\\s+)?(\\p{Ll}+)\\s+["“]${NAME}["”]`, 'gu'), noun: 1, name: 2 },
  // "Nightjar, the group behind the attack"
  {
    re: new RegExp(`${NAME},\\s+the\\s+(\\p{Ll}+)\\s+(?:behind|responsible|that|which)\\b`, 'gu'),
    noun: 2,
    name: 1,
  },
];

interface Called {
  readonly noun: string;
  readonly name: string;
  readonly side: Side;
}

function calledIn(story: Story): Called[] {
  return story.corpus.articles.flatMap((a) =>
    a.paragraphs.flatMap((p) =>
      p.sentences.flatMap((s) =>
        CALLED.flatMap(({ re, noun, name }) =>
          [...s.text.matchAll(re)].flatMap((m) => {
            const [what = '', called = ''] = [m[noun], m[name]];
            if (isPersonNoun(what)) return [];
            const side = { articleId: a.meta.id, paragraph: p.number, value: called, text: s.text };
            return [{ noun: what, name: called, side }];
          }),
        ),
      ),
    ),
  );
}

/** Things the articles call by different names. */
export function calledDifferently(story: Story): Discrepancy[] {
  const text = new Map(
    story.corpus.articles.map((a) => [
      a.meta.id,
      new Set(a.paragraphs.flatMap((p) => words(p.text).map((w) => w.norm))),
    ]),
  );
  const uses = (articleId: string, name: string) =>
    words(name).every((w) => text.get(articleId)?.has(w.norm) ?? false);
  const byNoun = new Map<string, Called[]>();
  for (const c of calledIn(story)) byNoun.set(c.noun, [...(byNoun.get(c.noun) ?? []), c]);
  return [...byNoun.values()].flatMap((list) => {
    const sides = list.filter(
      (c, i) =>
        list.some(
          (d) =>
            d.side.articleId !== c.side.articleId &&
            d.name !== c.name &&
            !uses(c.side.articleId, d.name) &&
            !uses(d.side.articleId, c.name),
        ) && list.findIndex((d) => d.side.articleId === c.side.articleId) === i,
    );
    if (sides.length < 2) return [];
    const names = [...new Set(sides.map((c) => `“${c.name}”`))];
    return [
      { kind: 'name' as const, about: `the name: ${names.join(' or ')}`, sides: sides.map((c) => c.side) },
    ];
  });
}
