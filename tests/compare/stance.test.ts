import { beforeAll, describe, expect, it } from 'vitest';
import { predicatesOf } from '../../src/compare/predicates.ts';
import { claimContent, stanceOf } from '../../src/compare/stance.ts';
import { loadCorpus } from '../../src/corpus/corpus.ts';
import { aspectOf, isNegative, isOpen, isUnsettled, negatedAt } from '../../src/language/polarity.ts';
import { antonymsOf, verbKin } from '../../src/language/resources/opposites.ts';
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
    // "No." before a figure numbers a thing.
    ['The sample came from ripening room No. 2', false],
    ['There was no sample from room 2', true],
    ['Washington accused Pyongyang of selling arms', false],
    ['The minister refused to resign', true],
    ['The company failed to pay the families', true],
  ])('%s → negative %s', (text, negative) => expect(isNegative(text)).toBe(negative));

  it.each([
    ['Russia could purchase rockets', true],
    ['Washington is trying to find out if Moscow received them', true],
    ['Russia received the rockets', false],
  ])('%s → open %s', (text, open) => expect(isOpen(text)).toBe(open));

  it.each([
    ['it was too early to say whether data had been taken', true],
    ['the agency could not independently verify the claim', true],
    ['it was not yet clear how the attackers got in', true],
    ['the attackers got in through a gateway', false],
  ])('%s → unsettled %s', (text, unsettled) => expect(isUnsettled(text)).toBe(unsettled));

  // [sentence, the word, as a verb?, turned round?]
  it.each([
    ['The hospital has not paid, and says it will not.', 'paid', true, true],
    ['It stole the files and demanded money not to publish them.', 'stole', true, false],
    ['Restoration of the system had not yet been completed.', 'Restoration', false, true],
    ['Achterberg rejected a payment to the extortioners.', 'payment', false, true],
    ['Claims that the plant leaked were false.', 'leaked', true, true],
  ] as const)('%s: "%s" turned round %s', (text, word, verb, turned) =>
    expect(negatedAt(text, text.indexOf(word), verb)).toBe(turned),
  );

  it('knows opposites and other words for a verb from WordNet', () => {
    expect(antonymsOf('closed')).toContain('open');
    expect([verbKin('pay'), verbKin('restore')]).toEqual([
      expect.arrayContaining(['payment']),
      expect.arrayContaining(['restoration']),
    ]);
    expect(verbKin('close')).not.toContain('near');
    // A rarer sense's synonym counts where the vectors place it close: "hurt" is "injure" (its
    // fourth sense), not "offend" or "spite" (its fifth, of feelings).
    expect(verbKin('hurt')).toEqual(expect.arrayContaining(['ache', 'injure']));
    expect(verbKin('hurt')).not.toEqual(expect.arrayContaining(['offend']));
    expect(verbKin('hurt')).not.toEqual(expect.arrayContaining(['spite']));
  });

  it.each([
    ['the inquiry has already published its findings', 'done'],
    ['the inquiry is due to report by the end of November', 'to come'],
    ['the panel will open hearings in July', 'to come'],
    ['the panel met on Monday', 'unmarked'],
  ] as const)('%s → %s', (text, aspect) => expect(aspectOf(text)).toBe(aspect));
});

describe('what a claim says happened: its verbs', () => {
  // [claim, its own verbs, those of its relative clauses]
  it.each([
    // "got" only marks the passive; "hurt" is its own participle.
    ['A firefighter got hurt in the explosion.', ['hurt'], []],
    ['A firefighter got the keys.', ['got'], []],
    // A relative clause says which manager; with nothing else told, it is the claim.
    ['The manager who was arrested has been charged.', ['charged'], ['arrested']],
    ['The worker who died was 84.', ['died'], []],
    ['The shells that were sold had been made in 1980.', ['made'], ['sold']],
    // "That" after a verb of saying opens what was said.
    ['Officials said that Russia bought the shells.', ['bought'], []],
  ] as const)('%s → %j, background %j', (claim, own, background) => {
    const verbs = predicatesOf(claim);
    expect([
      verbs.filter((p) => !p.background).map((p) => p.word),
      verbs.filter((p) => p.background).map((p) => p.word),
    ]).toEqual([own, background]);
  });

  it('reads a "re-" verb WordNet defines as done again as that verb: not "remove" as "move"', () => {
    const [reopened] = predicatesOf('The motorway was reopened.');
    const [removed] = predicatesOf('The barrier was removed.');
    expect([reopened?.same.has('open'), reopened?.opposite.has('close'), removed?.same.has('move')]).toEqual([
      true,
      true,
      false,
    ]);
  });
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

  // Made-up sentences, one rule each: the claim's happening (its verb, another form or word for
  // it, or its opposite), where its negation stands, hedges, counts and sentences of state.
  it.each([
    // A negation before the verb, in its clause, turns it round.
    [
      'Halvorsen paid compensation to the families.',
      'Halvorsen has not paid the families, and says it will not.',
      'contradicts',
    ],
    ['Police have arrested managers of the plant.', 'Nobody has been arrested, police said.', 'contradicts'],
    // A "not" after the verb belongs to another ("… and told residents not to return").
    [
      'Fire crews cooled the tanks.',
      'Fire crews cooled the tanks through the night and told residents not to return.',
      'supports',
    ],
    // A noun for the happening is turned round by any negation of its clause.
    [
      'The storage hall has been fully restored.',
      'Restoration of the storage hall had not yet been completed on Friday.',
      'contradicts',
    ],
    // The opposite of the claim's happening.
    [
      'The motorway near the plant was closed.',
      'The motorway near the plant remains open to traffic.',
      'contradicts',
    ],
    // Not known yet: no side, whatever negation it holds.
    [
      'A faulty valve caused the explosion.',
      'It was too early to say whether a faulty valve caused the explosion.',
      'mentions',
    ],
    [
      'A faulty valve caused the explosion.',
      'Eurowire could not independently verify that a faulty valve caused the explosion.',
      'mentions',
    ],
    // Another count of what the claim counts.
    ['The explosion killed 12 workers.', 'The explosion killed 14 workers, officials said.', 'contradicts'],
    // Two numbers where neither names what it counts.
    ['The worker who died was 84.', 'The worker who died was 81, officials said.', 'contradicts'],
    ['The worker who died was 81.', 'The worker who died was 81, officials said.', 'supports'],
    // A claim that states a count is borne out only where the count is given.
    ['The explosion killed 12 workers.', 'The explosion killed workers on the night shift.', 'mentions'],
    // Times of day: another contradicts, the same supports, none leaves it.
    ['The explosion happened at 8.14am.', 'The explosion happened at 8:21 a.m., police said.', 'contradicts'],
    ['The explosion happened at 8.14am.', 'The explosion happened at 8.14am on Tuesday.', 'supports'],
    ['The explosion happened at 8.14am.', 'The explosion happened on Tuesday.', 'mentions'],
    // Days, by weekday or day of the month, however each writes them.
    ['The explosion happened on a Thursday.', 'The explosion happened on Wednesday 20 May.', 'contradicts'],
    ['The explosion happened on May 21.', 'The explosion happened on 21 May, police said.', 'supports'],
    ['The explosion happened on May 21.', 'The explosion happened on 20 May, police said.', 'contradicts'],
    // A sentence that tells no happening, only a state, takes no side on one.
    [
      'Halvorsen paid the families of Brenmoor.',
      'The Halvorsen explosion concerns families across Brenmoor.',
      'mentions',
    ],
    // "got hurt" is the passive of "hurt", whose participle is spelled as its base; a clause that
    // opens on its verb ("but was not hurt") shares the subject before it.
    [
      'A firefighter got hurt in the explosion.',
      'A firefighter was near the explosion but was not hurt.',
      'contradicts',
    ],
    // A verb in the claim's relative clause only says who: telling it is no side on the claim.
    [
      'The manager who was arrested has been charged.',
      'The manager had been arrested at the plant on Tuesday.',
      'mentions',
    ],
    // "reopened" is opening again: staying closed is its opposite.
    ['The motorway has reopened.', 'The motorway remained closed on Friday.', 'contradicts'],
    // People counted by any person noun, and bounds: "under ten" allows nine, not 14; "at least
    // two" neither bears four out nor denies it.
    ['Four people started the fire.', 'Police said three men started the fire.', 'contradicts'],
    ['Four people started the fire.', 'Police said four suspects started the fire.', 'supports'],
    // A clause that counts what the claim counts says how many, whatever verb it tells it with.
    ['Four people started the fire.', 'Four suspects were involved, police said.', 'supports'],
    ['Four people started the fire.', 'Police said at least two people started the fire.', 'mentions'],
    ['Fire crews arrived in under ten minutes.', 'Fire crews arrived within nine minutes.', 'supports'],
    // Nor is the claim's own verb: "rejected" tells a rejection, "accepted" and "did not reject"
    // turn it round.
    ['The union rejected the offer.', 'The union accepted the offer, its leader said.', 'contradicts'],
    ['The union rejected the offer.', 'The union did not reject the offer.', 'contradicts'],
    ['The minister resigned.', 'The minister refused to resign.', 'contradicts'],
    // A verb told as the claim's opposite is not turned round again by being a denial itself.
    ['Halvorsen admitted the fault.', 'Halvorsen denied the fault, a spokesman said.', 'contradicts'],
    [
      'Halvorsen admitted its valve caused the explosion.',
      'Halvorsen denied its valve caused the explosion.',
      'contradicts',
    ],
    // A share is counted in per cent, whatever noun follows it; spans of time compare in days,
    // "a month" is one; "over two years" after a noun spreads the thing across them.
    [
      'Nurses won a 4% pay rise.',
      'The nurses accepted a pay rise of 3.5% a year, the union said.',
      'contradicts',
    ],
    [
      'The walkout lasted more than a month.',
      'The walkout ended after 19 days, the union said.',
      'contradicts',
    ],
    ['The walkout lasted more than a month.', 'The walkout lasted six weeks, the union said.', 'supports'],
    [
      'Nurses won a rise of 4% over two years.',
      'Nurses won a rise of 4% across two years, the union said.',
      'supports',
    ],
    [
      'Fire crews arrived in under ten minutes.',
      'Fire crews arrived 14 minutes after the alarm.',
      'contradicts',
    ],
  ] as const)('%s | %s → %s', (claim, sentence, expected) => expect(stance(claim, sentence)).toBe(expected));
});
