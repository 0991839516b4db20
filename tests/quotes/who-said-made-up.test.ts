import { beforeAll, describe, expect, it } from 'vitest';
import { loadContext } from '../../src/app.ts';
import { type QuoteMatch, whoSaid } from '../../src/quotes/who-said.ts';
import type { Story } from '../../src/retrieval/story.ts';

// Attribution beyond "X said" on a made-up story of a ferry disaster (tests/fixtures/stories/lakevarnferry).
let story: Story;
beforeAll(async () => {
  story = (await loadContext(new URL('../fixtures/stories/lakevarnferry/', import.meta.url).pathname)).story;
});

const at = (m: QuoteMatch) => `${m.articleId}¶${m.paragraph}`;
// The match of some words in the paragraph that holds them, with its speaker.
const credited = (quote: string, where: string) =>
  whoSaid(story, { quote })
    .matches.filter((m) => at(m) === where)
    .map((m) => [at(m), m.kind, m.speaker?.name ?? 'unattributed', m.speaker?.role ?? null]);

describe('who-said on the ferry story', () => {
  it.each([
    [
      '"…," she said. "The crew …": the next sentence of a quoted speaker',
      'The crew did what they could',
      ['v1¶3', 'direct', 'Ingrid Solheim', 'Coastguard commander'],
    ],
    [
      'X warned that "…"',
      'overloading is a habit on this lake',
      ['v1¶4', 'partial', 'Piet Okonkwo', 'Harbour master'],
    ],
    [
      'a title of two words before the name',
      'find out exactly what went wrong',
      ['v1¶5', 'direct', 'Lara Benedek', 'Transport Minister'],
    ],
    [
      '"she told reporters" after a paragraph naming her',
      'wait on a pier for news',
      ['v2¶5', 'direct', 'Lara Benedek', 'Transport Minister'],
    ],
    [
      'X dismissed the reports as "…"',
      'speculation that helps nobody',
      ['v2¶7', 'partial', 'Tomas Grell', 'Varnline chief executive'],
    ],
    [
      'a paragraph of quotation after "Lind said:"',
      'Nobody is above the law',
      ['v3¶3', 'direct', 'Mara Lind', 'Chief prosecutor'],
    ],
    [
      'X, the coastguard commander, described it as "…"',
      'the hardest night of my career',
      ['v3¶7', 'partial', 'Ingrid Solheim', 'Coastguard commander'],
    ],
    [
      'the "…" that the transport minister promised: the source a relative clause names',
      'full and public account',
      ['v3¶8', 'partial', 'Lara Benedek', 'Transport Minister'],
    ],
  ])('%s', (_pattern, words, expected) => {
    expect(credited(words, expected[0] ?? '')).toEqual([expected]);
  });

  it('credits a statement to the official who issued it, and finds its words by her name', () => {
    const [match] = whoSaid(story, { quote: 'reached the ferry within twenty minutes' }).matches;
    expect([match && at(match), match?.speaker?.name, match?.voice?.name]).toEqual([
      'v3¶6',
      'the statement',
      'Hanna Brekke',
    ]);
    expect(whoSaid(story, { speaker: 'Hanna Brekke' }).matches.map(at)).toEqual(['v3¶6']);
  });

  it('gives each speaker of the same words as their own, never one as a source of the other', () => {
    const matches = whoSaid(story, { quote: 'We will find out exactly what went wrong' }).matches;
    expect(matches.map((m) => [at(m), m.speaker?.name, m.alsoIn])).toEqual([
      ['v1¶5', 'Lara Benedek', []],
      ['v2¶3', 'Ingrid Solhaim', []],
    ]);
  });
});
