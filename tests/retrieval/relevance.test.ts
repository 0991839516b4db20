import { describe, expect, it } from 'vitest';
import { queryGroups } from '../../src/language/query.ts';
import { definitionsOf } from '../../src/language/resources/definitions.ts';
import { relevanceOf } from '../../src/retrieval/relevance.ts';
import { storyOfTexts } from '../fixtures/text-story.ts';

// A word of the articles whose definition holds two of the question's words stands for them
// (relevance.ts, DEFINED_TOGETHER): "export" is "sell or transfer abroad".
const BODY = [
  'Creamery wins new orders',
  'The Hallen creamery will export its blue cheese to Norway from next spring, its owner said.',
  'Farm shops in the valley have stocked the cheese since 2019.',
  'Tourists from abroad often ask for it at the airport, staff said.',
  'Its founder, Ada Hallen, emigrated from the valley in 1990.',
].join('\n\n');

const story = storyOfTexts([BODY], '2025-04-01');

/** The terms of the articles that stand for each word of the question, as `word: terms`. */
const stands = (question: string) =>
  Object.fromEntries(
    relevanceOf(story, queryGroups(question)).map((r) => [
      r.group.term,
      r.partial.map((s) => s.parts.join(' ')),
    ]),
  );

describe('words defined by the question’s words', () => {
  it('reads a word’s definitions in its commonest sense', () => {
    expect(definitionsOf('export')).toContain('sell or transfer abroad');
    expect(definitionsOf('xyzzyplugh')).toEqual([]);
  });

  it.each([
    ['will they sell the cheese abroad', ['sell', 'abroad'], 'export'],
    ['when did the founder leave her country', ['leav', 'countri'], 'emigr'],
  ])('%s: %j stand for "%s"', (question, words, term) => {
    const found = stands(question);
    for (const word of words) expect(found[word], word).toContain(term);
  });

  it('takes one word of a definition alone for no bridge', () => {
    expect(Object.values(stands('who comes from abroad')).flat()).not.toContain('export');
  });
});
