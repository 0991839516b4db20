import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContext } from '../../src/app.ts';
import { type TimelineEvent, timeline } from '../../src/timeline/timeline.ts';
import { corpus, removeTempDirs } from '../corpus/temp-corpus.ts';

// A made-up follow-up (w1, March) added to an older report (w2, February), one rule a sentence:
// an anchor to the event a noun names, a second occasion in one sentence, a time in an adverbial
// clause, and a plan.
const W2 = `Union says port cranes are cracked

Union leader Piet Janssen said on Friday that two cranes at the port had cracks.
`;
const W1 = `Port denies its cranes are unsafe

The port authority on Friday again denied that its cranes were unsafe, hours after the dockers' union released photographs that it said showed cracked cranes in February.

The photographs, published by the union on Thursday, show what engineers described as cracks appearing in a crane on 3 February and spreading to a second one the next day.

The denial came a day after the harbour master said the cranes had been inspected last month.

The port authority wants to brief the city council at its next session on 2 April.
`;

let events: TimelineEvent[];
beforeAll(async () => {
  const dir = await corpus(
    {
      articles: [
        { id: 'w2', file: 'w2.txt', published: '2025-02-10' },
        { id: 'w1', file: 'w1.txt', published: '2025-03-14' },
      ],
    },
    { 'w1.txt': W1, 'w2.txt': W2 },
  );
  events = timeline((await loadContext(dir)).story);
});
afterAll(removeTempDirs);

/** The event that the words `when` date in paragraph `ref` ("w1¶2"). */
const datedBy = (ref: string, when: string) =>
  events.find((e) =>
    e.sources.some((s, i) => `${s.articleId}¶${s.paragraph}` === ref && (e.when[i] ?? []).includes(when)),
  );

describe('dates of a follow-up, by anchor, clause and tense', () => {
  it.each([
    // The lead's own day; "in February" dates the photographs, in the clause "hours after …".
    ['w1¶1', 'on Friday', '2025-03-14'],
    // "The denial came a day after …": the day before the denial the noun names (the lead's).
    ['w1¶3', 'a day after', '2025-03-13'],
    // A sentence of two occasions: the release on Thursday, the cracks on 3 February and the next day.
    ['w1¶2', 'on Thursday', '2025-03-13'],
    ['w1¶2', 'the next day', '2025-02-04'],
    // "wants to brief … at its next session": to come.
    ['w1¶4', 'on 2 April', '2025-04-02'],
  ])('%s, dated by "%s", is %s', (ref, when, date) => expect(datedBy(ref, when)?.date).toBe(date));

  it('keeps the new article’s news apart from the older report', () => {
    expect(datedBy('w1¶1', 'on Friday')?.sources.map((s) => s.articleId)).toEqual(['w1']);
  });
});
