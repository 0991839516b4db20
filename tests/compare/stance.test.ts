import { beforeAll, describe, expect, it } from 'vitest';
import { claimContent, stanceOf } from '../../src/compare/stance.ts';
import { loadCorpus } from '../../src/corpus/corpus.ts';
import { aspectOf, isNegative, isOpen } from '../../src/language/polarity.ts';
import { createStory, type Story } from '../../src/retrieval/story.ts';

describe('polarity: what turns a statement round', () => {
  it.each([
    ['North Korea has never exported weapons', true],
    ['North Korea denied supplying shells', true],
    ['it dismissed the report as baseless', true],
    ['the purchases had not yet been completed', true],
    ['officials didn’t know if Russia received them', true],
    ['Nobody has been arrested', true],
    ['North Korea is secretly supplying shells', false],
    ['Washington accused Pyongyang of selling arms', false],
  ])('%s → negative %s', (text, negative) => expect(isNegative(text)).toBe(negative));

  it.each([
    ['Russia could purchase rockets', true],
    ['Washington is trying to find out if Moscow received them', true],
    ['Russia received the rockets', false],
  ])('%s → open %s', (text, open) => expect(isOpen(text)).toBe(open));

  it.each([
    ['the inquiry has already published its findings', 'done'],
    ['the inquiry is due to report by the end of November', 'to come'],
    ['the panel will open hearings in July', 'to come'],
    ['the panel met on Monday', 'unmarked'],
  ] as const)('%s → %s', (text, aspect) => expect(aspectOf(text)).toBe(aspect));
});

describe('stance of a sentence on a claim, in a made-up story', () => {
  let story: Story;
  beforeAll(async () => {
    story = createStory(await loadCorpus('tests/fixtures/stories/brenmoorfire'));
  });
  const stance = (claim: string, sentence: string) => stanceOf(claim, claimContent(story, claim), sentence);

  it.each([
    [
      'The explosion was an act of sabotage.',
      'Police said there was no sign of sabotage or foul play.',
      'contradicts',
    ],
    [
      'The independent inquiry has already published its findings.',
      'The independent inquiry led by retired judge Margit Solberg will open public hearings in July in the council chamber of Brenmoor town hall.',
      'contradicts',
    ],
    [
      "The plant's undamaged production lines will be back in operation by next spring.",
      'Hartig also said the company would not restart any production in Brenmoor before the inquiry had reported, a reversal of earlier signals that the undamaged lines could be running again within months.',
      'contradicts',
    ],
    [
      'Halvorsen had been fined before for polluting the Ossel.',
      'Regional authorities fined the company 80,000 euros in 2021 after resin leaked into the Ossel.',
      'supports',
    ],
    // One clause supports, the other denies: the clause closest to the claim decides.
    [
      'Workers had warned the company about a faulty cooling valve.',
      "The chemical workers' union says staff reported a defect in the tank's cooling valve; Halvorsen denies that any warning was ignored.",
      'supports',
    ],
    ['The explosion was an act of sabotage.', 'Schools in Brenmoor were closed on Tuesday.', 'mentions'],
  ] as const)('%s | %s → %s', (claim, sentence, expected) => expect(stance(claim, sentence)).toBe(expected));
});
