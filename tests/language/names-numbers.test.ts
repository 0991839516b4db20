import { describe, expect, it } from 'vitest';
import { conflictingNames, namesIn } from '../../src/language/names.ts';
import { quantitiesIn } from '../../src/language/numbers.ts';

describe('namesIn: capitalised runs of two words or more', () => {
  const _ = (text: string, expected: string[]) =>
    it(text, () => expect(namesIn(text).map((n) => n.text)).toEqual(expected));
  _('a response to Washington and Seoul’s so-called Operation Vigilant Storm.', ['Operation Vigilant Storm']);
  _('North Korea’s Deputy Director said', ['North Korea', 'Deputy Director']);
  _('On Thursday, White House spokesman John Kirby said', ['White House', 'John Kirby']);
  _('The United States, South Korea and Japan', ['United States', 'South Korea']);
});

describe('conflictingNames: one thing named two ways', () => {
  const name = (text: string) => namesIn(text)[0] ?? { text, words: [] };
  const _ = (a: string, b: string, expected: boolean) =>
    it(`${a} / ${b}`, () => expect(conflictingNames(name(a), name(b))).toBe(expected));
  _('Awakening Storm', 'Operation Vigilant Storm', true);
  _('Riverside Bridge', 'Riverbend Bridge', true);
  _('National Security Council', 'White House National Security Council', false);
  _('Foreign Military Affairs', 'Military Foreign Affairs', false);
  _('John Kirby', 'Vladimir Putin', false);
});

describe('quantitiesIn: counts with what they count', () => {
  const _ = (text: string, expected: [number, string][]) =>
    it(text, () => expect(quantitiesIn(text).map((q) => [q.value, q.unit])).toEqual(expected));
  _('killing 12 people', [[12, 'peopl']]);
  _('cut the supply by 2 million barrels a day', [[2_000_000, 'barrel']]);
  _('1,500 troops and twenty-five tanks', [
    [1500, 'troop'],
    [25, 'tank'],
  ]);
  _('the now eight-month war', [[8, 'month']]);
  _('some 3.5 percent of it', [[3.5, 'percent']]);
  _('literally millions of shells, in 2022', []);
});
