import { describe, expect, it } from 'vitest';
import { differentPeople, PeopleIndex, peopleIntroducedIn } from '../../src/language/people.ts';
import { isSpeechVerb } from '../../src/language/speech-verbs.ts';
import { isContinuing, tenseAround } from '../../src/language/tense.ts';

describe('tenseAround: the verb group nearest a time expression in its clause', () => {
  // [sentence, the time expression in it, tense]
  const _ = (text: string, time: string, tense: string) =>
    it(`${tense}: ${text}`, () => {
      const at = text.indexOf(time);
      expect(tenseAround(text, at, at + time.length)).toBe(tense);
    });
  _('The inquiry will open public hearings in July.', 'July', 'future');
  _(
    'The inquiry will take evidence and is due to report by the end of November.',
    'end of November',
    'future',
  );
  _('These are expected next week.', 'next week', 'future');
  _('The lines were expected to reopen in the spring once inspectors had cleared them.', 'spring', 'future');
  _('A memorial service will be held on Sunday, 29 June.', 'Sunday', 'future');
  _('They are to open again on Monday, the city announced.', 'Monday', 'future');
  // An intention, and an arrangement in the present progressive, are still to come; not what
  // "after" or "since" leads to.
  _('"We expect to have school transport in place by Wednesday."', 'Wednesday', 'future');
  _('The union is holding a meeting for members on Thursday evening.', 'Thursday', 'future');
  _('Police are investigating after a fire on Monday.', 'Monday', 'past');
  _('There is nothing on Monday.', 'Monday', 'past');
  // A deadline for what someone was asked to do; not a day the asking told of.
  _('It asked staff to register their details with the administrators by Friday.', 'Friday', 'future');
  _('Police asked residents to stay indoors on Monday.', 'Monday', 'past');
  // The time of the saying, not of what was said.
  _('The company said on Wednesday it would set up a fund.', 'Wednesday', 'past');
  _('Kirby said the talks would resume on Monday.', 'Monday', 'future');
  _('Schools remain closed on Thursday.', 'Thursday', 'past');
  _('Earlier in September, Putin vowed to expand ties.', 'September', 'past');
  _('Moscow invaded Ukraine in February.', 'February', 'past');
  // A present intention, "due" closing its clause, and "next" before a noun speak of what is to come.
  _('The council wants to brief the board at a session on 5 March.', '5 March', 'future');
  _('The union plans to vote on Monday.', 'Monday', 'future');
  _('The deal still has to be approved by members in a vote on June 12.', 'June 12', 'future');
  _('Members must approve the deal on June 12.', 'June 12', 'future');
  _('The thieves must have entered on June 12.', 'June 12', 'past');
  _('A ballot set for June 12 decides.', 'June 12', 'future');
  _('A panel will look into it in its next report, due in March.', 'March', 'future');
  _('The board meets again at its next session on Monday.', 'Monday', 'future');
  // The same words in the past, and "the next day" (counted from an event), stay in the past.
  _('The union wanted to vote and voted on Monday.', 'Monday', 'past');
  _('The next day the board met on Monday.', 'Monday', 'past');
});

describe('isContinuing: a state that goes on, not a new event', () => {
  it.each([
    ['Schools in Brenmoor also remain closed on Thursday.', true],
    ['The line is still closed.', true],
    ['Schools in Brenmoor were closed on Tuesday.', false],
  ])('%s → %s', (text, expected) => expect(isContinuing(text)).toBe(expected));
});

describe('peopleIntroducedIn: names news syntax introduces as people', () => {
  const _ = (text: string, expected: string[]) =>
    it(text, () => expect(peopleIntroducedIn(text)).toEqual(expected));
  _('Governor Elin Marsh visited the site.', ['Elin Marsh']);
  _('Transport Minister Lara Benedek said on Monday.', ['Lara Benedek']);
  _('White House National Security Council spokesman John Kirby said so.', ['John Kirby']);
  _('"It was orange," said Jonas Pirrer, a baker who works nearby.', ['Jonas Pirrer']);
  _('Jong Myong-hak, director-general of the ministry, said in a statement.', ['Jong Myong-hak']);
  _('Renate Hollmann (67) lives nearby.', ['Renate Hollmann']);
  _('Anna Brink, 64, from Quay Street, had booked a crossing.', ['Anna Brink']);
  _("Deborah Pike, who runs Pike's Deli, said she had cleared her counter.", ['Deborah Pike']);
  // An honorific heads only a person's name, whatever follows it.
  _('"It was quick," said Dr Felix Amberly, a former head of the unit.', ['Felix Amberly']);
  // A post of a body is a person's in any sense of its noun ("chair": a seat first).
  _('Pieter Lund, chair of the employers’ association, told reporters so.', ['Pieter Lund']);
  // Bodies and places, however they are introduced.
  _('Halvorsen Polymers, a maker of resins, opened the plant.', []);
  _('Brackenfold Creamery, which makes blue cheese, recalled it.', []);
  _('the official North Korean news agency said', []);
  _('On Thursday, an unnamed official said', []);
  // A conjunction opening the sentence is no part of the name after it.
  _('But Margaret Fairlie, a retired teacher who lives nearby, said she agreed.', ['Margaret Fairlie']);
});

describe('PeopleIndex: who a sentence names, in full or by one part of the name', () => {
  const index = new PeopleIndex([
    'Governor Elin Marsh visited the site. Mayor Carla Vennick spoke at a vigil.',
    'Jong Myong-hak, director-general of the ministry, said so. Halvorsen Polymers, a maker of resins, denied it.',
  ]);
  it.each([
    ['"We will not rest," Marsh told reporters.', ['Elin Marsh']],
    ['"Not a single shell," Jong said.', ['Jong Myong-hak']],
    ['Halvorsen said the plant would close.', []],
  ])('%s', (text, expected) => expect([...index.in(text)]).toEqual(expected));

  it('tells two texts about different people from texts that share one or name none', () => {
    const [marsh, vennick, none] = [new Set(['Elin Marsh']), new Set(['Carla Vennick']), new Set<string>()];
    expect([
      differentPeople(marsh, vennick),
      differentPeople(marsh, marsh),
      differentPeople(marsh, none),
    ]).toEqual([true, false, false]);
  });
});

describe('isSpeechVerb: verbs of saying from WordNet (verb.communication)', () => {
  it.each([
    ['said', true],
    ['warned', true],
    ['dismissed', true],
    ['repeated', true],
    ['added', true],
    ['visited', false],
    ['would', false],
    ['press', false],
    ['statement', false],
  ])('%s → %s', (word, expected) => expect(isSpeechVerb(word)).toBe(expected));
});
