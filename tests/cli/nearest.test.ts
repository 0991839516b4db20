import { describe, expect, it } from 'vitest';
import { editDistance, nearest } from '../../src/cli/nearest.ts';

const COMMANDS = ['ask', 'who-said', 'timeline', 'compare', 'check', 'sources', 'help', 'more', 'quit'];

describe('the nearest command to a typo', () => {
  it.each<[string, string | undefined]>([
    ['aks', 'ask'],
    ['ask', 'ask'],
    ['tmeline', 'timeline'],
    ['timelien', 'timeline'],
    ['souces', 'sources'],
    ['whosaid', 'who-said'],
    ['who', 'who-said'],
    ['comapre', 'compare'],
    ['Ask', 'ask'],
    ['chekc', 'check'],
    // Nothing close: no guess.
    ['pizza', undefined],
    ['nope', undefined],
    ['mroe', 'more'],
    ['x', undefined],
    ['', undefined],
  ])('%j → %j', (typed, expected) => {
    expect(nearest(typed, COMMANDS)).toBe(expected);
  });

  it.each<[string, string, number]>([
    ['ask', 'ask', 0],
    ['aks', 'ask', 1],
    ['ak', 'ask', 1],
    ['tmeline', 'timeline', 1],
    ['kitten', 'sitting', 3],
  ])('edits from %j to %j: %i', (a, b, n) => {
    expect(editDistance(a, b)).toBe(n);
  });
});
