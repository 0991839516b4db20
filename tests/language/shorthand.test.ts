import { describe, expect, it } from 'vitest';
import { queryGroups } from '../../src/language/query.ts';
import { spelledOut } from '../../src/language/resources/shorthand.ts';

describe('spelledOut', () => {
  const _ = (typed: string, read: string) =>
    it(`${JSON.stringify(typed)} → ${JSON.stringify(read)}`, () => expect(spelledOut(typed)).toBe(read));

  // Contractions typed without their apostrophe.
  _('whats kirbys job', "what's kirbys job");
  _('Whos the guy', "who's the guy");
  _('why didnt they', "why didn't they");
  _('Im sure tho', "I'm sure though");
  // Chat shorthand, possessive included.
  _('why r they hiding it bc of sanctions', 'why are they hiding it because of sanctions');
  _("w/o the govt's ok", "without the government's ok");
  _('b/c ppl’s houses', 'because people’s houses');
  _('did the u.s. say smth', 'did the u.s. say something');
  _('is it 2 hrs away', 'is it 2 hours away');
  _('it cost two million quid', 'it cost two million pounds');
  _('lol what', 'what');
  _('the max speed n the intel', 'the maximum speed and the intelligence');
  _('early nov or sept', 'early November or September');
  // Also names when capitalised: left as typed.
  _('Max Hale and Jan Ros at Intel', 'Max Hale and Jan Ros at Intel');
  // Left as written: capitals (a country, an agency, a governor), abbreviations, links, words
  // inside words or numbers, apostrophes already typed.
  _('Whats the U.S. say', "what's the U.S. say");
  _('IMO says U and R', 'IMO says U and R');
  _('Gov. Hale', 'Gov. Hale');
  _('see https://x.test/u/r', 'see https://x.test/u/r');
  _('r2 units', 'r2 units');
  _("don't and can’t", "don't and can’t");
  _('ur', 'your');
});

describe('a question typed in chat', () => {
  it('asks about what is asked, not whether it is known ("do we know who…")', () => {
    expect(queryGroups('do we know who died').map((g) => g.term)).toEqual(['die', '@speech']);
    expect(queryGroups('any idea why it crashed').map((g) => g.term)).toEqual(['crash', '@cause']);
  });
  it('asks about its words, not about its shorthand', () => {
    expect(queryGroups('whats the govt doing bc of it').map((g) => g.term)).toEqual(['govern']);
    expect(queryGroups("what's the government doing because of it").map((g) => g.term)).toEqual(['govern']);
  });
});
