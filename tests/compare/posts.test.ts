import { describe, expect, it } from 'vitest';
import { postDifferences } from '../../src/compare/posts.ts';
import { storyOfTexts } from '../fixtures/text-story.ts';

// One person given two ranks of one title by different articles (compare/posts.ts).
const points = (...bodies: string[]) =>
  postDifferences(
    storyOfTexts(
      bodies.map((body) => `Festival called off\n\n${body}`),
      '2026-06-05',
    ),
  ).map((d) => d.about);

describe('postDifferences', () => {
  it.each([
    [
      'another grade of the same title',
      'Inspector Deborah Amankwah told the hearing that the site was too small.',
      'Chief Inspector Deborah Amankwah had told councillors the site was too small.',
      ['the post of Deborah Amankwah: “Inspector” or “Chief Inspector”'],
    ],
    [
      'a title lengthened by what the post is of',
      'Minister Lara Benedek visited the harbour on Monday afternoon.',
      'Transport Minister Lara Benedek visited the harbour on Monday afternoon.',
      [],
    ],
    [
      'two titles of different words',
      'Councillor Gareth Lindqvist said the vote was close in the end.',
      'Chairman Gareth Lindqvist said the vote was close in the end.',
      [],
    ],
    [
      'the same title',
      'Inspector Deborah Amankwah told the hearing that the site was too small.',
      'Inspector Deborah Amankwah said the force would assess a safety plan.',
      [],
    ],
  ])('%s', (_name, first, second, expected) => {
    expect(points(first, second)).toEqual(expected);
  });
});
