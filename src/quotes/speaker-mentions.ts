import type { Article } from '../corpus/types.ts';
import { peopleIntroducedIn } from '../language/people.ts';
import { PERSON_WORDS, phraseBefore } from './phrases.ts';

/** A phrase naming someone, where the article names them. */
export interface SpeakerMention {
  readonly phrase: string;
  readonly paragraph: number;
  readonly offset: number;
}

// A mention's place in the article as one number, to order mentions across paragraphs.
export const at = (m: { paragraph: number; offset: number }) => m.paragraph * 1e6 + m.offset;
export const lastWord = (phrase: string) => phrase.split(' ').at(-1) ?? '';
// "spokesperson John Kirby spoke of …": people named in passing, whom a later "he" may mean. A
// title opening a sentence is capitalised ("Governor Elin Marsh visited …").
const ROLE_NAME = /(?<![\p{L}])(\p{L}+)\s+(?:\p{Lu}[\p{L}.-]+\s+)*\p{Lu}[\p{L}.-]+/gu;
const TITLE = new RegExp(`^${PERSON_WORDS}$`, 'u');

/** The people and titled officials an article names, where it names them. */
export function speakerMentions(article: Article): SpeakerMention[] {
  const found: SpeakerMention[] = [];
  for (const p of article.paragraphs) {
    // The title may stand before the name or lead it: "Transport Minister Lara Benedek".
    for (const m of p.text.matchAll(ROLE_NAME))
      if (
        m[0]
          .split(/\s+/u)
          .slice(0, -1)
          .some((w) => TITLE.test(w.toLowerCase()))
      )
        found.push({
          phrase: phraseBefore(p.text.slice(0, m.index + m[0].length)),
          paragraph: p.number,
          offset: m.index,
        });
    // A person named without a title before the name ("Jonas Pirrer, a baker") is a mention too.
    for (const person of peopleIntroducedIn(p.text))
      if (!found.some((m) => m.paragraph === p.number && m.phrase.endsWith(person)))
        found.push({ phrase: person, paragraph: p.number, offset: p.text.indexOf(person) });
  }
  return [...found, ...laterSurnames(article, found)];
}

/**
 * A person named again by surname alone ("Korsgaard welcomed the agreement"), as a mention of
 * the full name where it stands: a "she said" after it means her, not someone named before.
 */
function laterSurnames(article: Article, named: readonly SpeakerMention[]): SpeakerMention[] {
  const out: SpeakerMention[] = [];
  // A capitalised word not right after another: "Lena Korsgaard" is the full mention already.
  for (const p of article.paragraphs)
    for (const m of p.text.matchAll(/(?<!\p{Lu}[\p{L}’'.-]*\s+)(?<![\p{L}’'-])\p{Lu}[\p{L}’'-]+/gu)) {
      const here = { paragraph: p.number, offset: m.index };
      const first = named.find(
        (n) => at(n) < at(here) && n.phrase.includes(' ') && lastWord(n.phrase) === m[0],
      );
      if (first) out.push({ phrase: first.phrase, ...here });
    }
  return out;
}
