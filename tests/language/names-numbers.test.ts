import { describe, expect, it } from 'vitest';
import { bareNumbersIn } from '../../src/language/bare-numbers.ts';
import { clockTimesIn } from '../../src/language/clock.ts';
import { conflictingNames, editDistance, namesIn, spellingVariants } from '../../src/language/names.ts';
import { quantitiesIn } from '../../src/language/numbers.ts';

describe('namesIn: capitalised runs of two words or more', () => {
  const _ = (text: string, expected: string[]) =>
    it(text, () => expect(namesIn(text).map((n) => n.text)).toEqual(expected));
  _('a response to Washington and Seoul’s so-called Operation Vigilant Storm.', ['Operation Vigilant Storm']);
  _('North Korea’s Deputy Director said', ['North Korea', 'Deputy Director']);
  _('On Thursday, White House spokesman John Kirby said', ['White House', 'John Kirby']);
  _('The United States, South Korea and Japan', ['United States', 'South Korea']);
  // Particles of a surname stay inside the name; without a capitalised word after them, outside.
  _('The IT chief, Pieter van der Molen, spoke.', ['Pieter van der Molen']);
  _('Kim Jong de facto rules.', ['Kim Jong']);
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
  // Two titles before one person's full name are one person; before ordinary words, two things.
  _('Councillor Imogen Tarrant', 'Cllr Imogen Tarrant', false);
  _('Russian Foreign Ministry', 'Chinese Foreign Ministry', true);
  // Initials for a run of the words are the same name.
  _('United Nations Security Council', 'UN Security Council', false);
  _('National Security Council', 'UN Security Council', true);
});

describe('bareNumbersIn: numbers that count nothing named', () => {
  it.each([
    ['The final score was 81 and it stood', [81]],
    ['42 staff and 3.5 percent, at 11:15 p.m. on March 11 in 2022', []],
    ['He was 1,500th in line', []],
    ['She turned 64.', [64]],
  ] as const)('%s → %j', (text, expected) => expect(bareNumbersIn(text)).toEqual(expected));
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
  // A time of day counts nothing, and does not take the unit of the count before it.
  _('The 115-year-old dam failed at around 11:15 p.m. after 110 mm of rain', [
    [115, 'year'],
    [110, 'mm'],
  ]);
  _('found at 3.20 am by 40 staff, and at 9 pm by 12 more', [
    [40, 'staff'],
    [12, 'staff'],
  ]);
  // A day of a month, a number in brackets' reach and a possessive count nothing; people counted
  // after a count of something else are people.
  _('CORROWBY, England, March 11 (MPA) - 17 people have fallen ill', [[17, 'peopl']]);
  _("One of Corrowby's employers has left 14 people ill", [[14, 'peopl']]);
  _('It recalled 11 products after 14 people fell ill', [
    [11, 'product'],
    [14, 'peopl'],
  ]);
  _('Twelve firefighters were killed and 31 others injured', [
    [12, 'firefight'],
    [31, 'firefight'],
  ]);
  // A person said to be a number is that old; a thing is not.
  _('The man who died was 81 and had been ill', [[81, 'year']]);
  _('The fine was 12, the workforce is 38', []);
  // Money: a currency sign before the number, or the currency as its unit.
  _('Halvorsen has set up a €20 million support fund.', [[20_000_000, 'euro']]);
  _('it would set up a 25 million euro fund', [[25_000_000, 'euro']]);
  // A scale written onto the number; "m" scales only money ("a 3m wall" is metres).
  _('a loss of £1.9m on turnover of $14bn', [
    [1_900_000, 'pound'],
    [14_000_000_000, 'dollar'],
  ]);
  _('a 1.2m pounds cut, a 3m wall and 300k users', [
    [1_200_000, 'pound'],
    [300_000, 'user'],
  ]);
  // A day before its month ("Friday 13 March") counts nothing; "12 months" does.
  _('wages due on Friday 13 March, for 12 months', [[12, 'month']]);
  // Which of a kind ("former"), and whose ("Corlan"), are not what is counted.
  _('it took on 37 former Corlan drivers and 20 Russian soldiers; 3 Americans were hurt', [
    [37, 'driver'],
    [20, 'soldier'],
    [3, 'american'],
  ]);
  // What a count counts when the words after it do not say.
  _('The number of people killed has risen to 14, officials said.', [[14, 'peopl']]);
  _('The death toll from the disaster has risen to 11, officials said.', [[11, 'peopl']]);
  _('Twelve people died and 31 were injured.', [
    [12, 'peopl'],
    [31, 'peopl'],
  ]);
  _('Twelve people were killed and 31 others taken to hospital.', [
    [12, 'peopl'],
    [31, 'peopl'],
  ]);
  _('the largest part of the five-kilometre zone', [[5, 'kilomet']]);
  _('around one and a half kilometres from the plant', []);
});

describe('spellingVariants: one name spelt two ways', () => {
  const name = (text: string) => namesIn(text)[0] ?? { text, words: [] };
  const _ = (a: string, b: string, expected: boolean) =>
    it(`${a} / ${b}`, () => expect(spellingVariants(name(a), name(b))).toBe(expected));
  _('Tobias Lindqvist', 'Tobias Lindkvist', true);
  _('Ingrid Solheim', 'Ingrid Solhaim', true);
  _('Tobias Lindqvist', 'Amara Lindqvist', false);
  _('North Korea', 'North Korean', false); // a form of the other
  _('Foreign Minister', 'Foreign Ministry', false); // English words
  _('John Kirby', 'John Kirby', false);
  // The same letters written apart or together.
  _('Pieter van der Molen', 'Pieter Vandermolen', true);
  _('Pieter van der Molen', 'Pieter Vandermeer', false);

  it('counts the letters to change, add or drop', () => {
    expect([
      editDistance('lindqvist', 'lindkvist'),
      editDistance('kirby', 'kirk'),
      editDistance('', 'ab'),
    ]).toEqual([1, 2, 2]);
  });
});

describe('times of day as news writes them', () => {
  it.each([
    ['derailed at 8.14am yesterday', [494]],
    ['at 8:21 a.m. (0621 GMT)', [501]],
    ['the recall went out at 6pm on Tuesday, and at noon', [1080, 720]],
    ['at 12am', [0]],
    ['at 18:05', [1085]],
    // Decimals, years and counts are no times.
    ['a 12.5 per cent rise in 2019 for 3.5 million people', []],
  ])('%s → %j', (text, minutes) => expect(clockTimesIn(text)).toEqual(minutes));
});
