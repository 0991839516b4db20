import {
  answerKindsOf,
  answerTypesOf,
  broaderKinds,
  CLOCK,
  DAY,
  MONEY,
  QUANTITY,
  TIME,
} from '../language/answer-type.ts';
import { peopleIntroducedIn } from '../language/people.ts';
import { terms } from '../language/text.ts';
import { holdsWord, sentenceShare } from './coverage.ts';
import type { Relevance } from './relevance.ts';
import type { Story } from './story.ts';

// What a kind of answer asked needs of the articles before any passage is shown (rank.ts asks
// once per question): an amount, a time, or the name of a person in a role.

// "How many…", "how much…", "when…": an amount or a time is answered by a sentence that gives
// one and says of what (this share of the question's words); a count of something else, or a
// date, in a passage on the topic is not the answer. A time's bar is lower: a date opens a
// sentence whose words paraphrase the question's ("In early September, a US spokesman said…").
// Measured on the older blind sets, the time rule turns away one unanswerable question ("when is
// the leisure pool in Corrowby shutting", a teaser's) and no answerable one; at 0.15 it lost two.
export const GIVEN: ReadonlyMap<string, number> = new Map([
  [QUANTITY, 0.15],
  [MONEY, 0.15],
  [TIME, 0.1],
  [DAY, 0.1],
  [CLOCK, 0.1],
]);

export function givesKind(
  story: Story,
  relevance: Relevance,
  doc: number,
  kind: string,
  bar: number,
): boolean {
  const texts = story.passages[doc]?.paragraph.sentences ?? [];
  return story.sentences(doc).some((s, i) => {
    const text = texts[i]?.text ?? '';
    const kinds = kind === MONEY ? answerKindsOf(text) : answerTypesOf(text);
    const gives = [kind, ...broaderKinds(kind)].some((k) => kinds.includes(k));
    return gives && sentenceShare(relevance, s.terms) >= bar;
  });
}

// How near the name the role must stand: "Council leader Maren Holt", "Tomas Brel, 64, a retired
// nurse from Hexby". Farther, the role is another's ("Mayor Anke Vos said a nurse who helped …").
// Measured on the older blind sets: two unanswerable questions fewer ("the name of the woman who
// died in her car", "of the security guard"), no answerable one lost, at 4 to 6 words.
const NEAR_NAME = 5;

// "What's the name of the defence minister": a name is given by a sentence that introduces a
// person by name (a title, an age or a role beside it: people.ts) with that role near the name;
// "the minister" nowhere in the articles, or a role no sentence names, is no answer. A capital
// next to the role is not enough: "a 58-year-old woman from Hexby" names a town, not the woman.
export function namesRole(story: Story, relevance: Relevance, doc: number, role: string): boolean {
  const texts = story.passages[doc]?.paragraph.sentences ?? [];
  return texts.some(({ text }) => {
    const names = peopleIntroducedIn(text);
    return names.some((name) => {
      const at = text.indexOf(name);
      const before = text.slice(0, at).split(/\s+/u).slice(-NEAR_NAME).join(' ');
      const after = text
        .slice(at + name.length)
        .split(/\s+/u)
        .slice(0, NEAR_NAME + 1)
        .join(' ');
      return holdsWord(relevance, role, new Set(terms(`${before} ${after}`)));
    });
  });
}
