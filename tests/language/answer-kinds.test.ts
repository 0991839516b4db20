import { describe, expect, it } from 'vitest';
import { answerKindsOf, answerTypesOf } from '../../src/language/answer-type.ts';
import { askedRole, wantedAnswerType } from '../../src/language/asked-kind.ts';
import { queryGroups } from '../../src/language/query.ts';

describe('answer kinds a passage gives, from its structure', () => {
  it.each([
    ['spokesman John Kirby said the shells were sent', ['@role']],
    ['Jong Myong-hak, a director at the ministry, denied it.', ['@role']],
    ['The wagons crossed the bridge into Russia on Tuesday.', ['@place']],
    ['The train crossed the border near the river.', ['@place']],
    ['the eight-month war in Ukraine', ['@duration', '@place']],
    ['The fire burned for 15 hours before it was out.', ['@duration']],
    ['The company set up a €20 million fund.', ['@money']],
    ['Authorities fined the company 80,000 euros in 2021 after resin leaked.', ['@cause', '@money']],
    ['It said so in response to the joint drills.', ['@cause']],
    ['He announced a fund of five million crowns for the families.', ['@money']],
    ['Sentrix won the 48-million-crown contract.', ['@money']],
    ['the weather was fine and people walked home', []],
    // A unit of time in the plural ("minutes" is also a word of its own in WordNet).
    ['They were inside for about eleven minutes.', ['@duration']],
    // A decade is a time, not a number of seconds.
    ['The firm was founded in the 1950s.', []],
  ])('%s → %j', (text, kinds) => expect(answerKindsOf(text).sort()).toEqual([...kinds].sort()));
});

describe('counts and times a passage gives', () => {
  it.each([
    // A count spelled out is a count; "one" is as often a pronoun.
    ['officially recognizing two Russian-backed separatist regions', ['@quantity']],
    ['three men, their faces covered, climbed onto the roof', ['@quantity']],
    ['North Korea is one of the few nations to back Russia', []],
    ['The firm was founded in the 1950s.', ['@time']],
  ])('%s → %j', (text, kinds) => expect(answerTypesOf(text).sort()).toEqual([...kinds].sort()));
});

describe('the kind of answer a question wants', () => {
  it.each([
    ['how much did Russia pay for the shells?', '@money'],
    ['how much ammunition was sent?', '@quantity'],
    // A price asked of a thing, or in a word for money.
    ['how much was a ticket on that train', '@money'],
    ['how much cash is russia handing over for each shell?', '@money'],
    ['how much is left?', '@quantity'],
    ['how long had the war been going on?', '@duration'],
    ['how long ago was the blast?', '@time'],
    ['why did the North fire the missiles?', '@cause'],
    ['where did the train cross?', '@place'],
    ["what's kirby's job?", '@role'],
    ['who said it first?', '@speech'],
    ['what day was the denial?', '@day'],
    ['is the plant going to reopen?', undefined],
    // A time of day; a degree is a quantity whatever clause follows ("when it got there").
    ['what time did the crash happen?', '@clock'],
    ['what time of year is it busiest?', '@time'],
    ['how fast was the train going when it got to the junction?', '@quantity'],
  ])('%s → %s', (question, kind) => expect(wantedAnswerType(question)).toBe(kind));
});

describe('times of day a passage gives', () => {
  it.each([
    ['derailed at 8.14am yesterday', true],
    ['at 8:21 a.m. on Tuesday', true],
    ['the recall went out at 6pm', true],
    ['at around a quarter past eight', true],
    ['shortly before midnight', true],
    ['on Tuesday 3 June 2025', false],
    ['a 12.5 per cent rise in 2024', false],
  ])('%s → %s', (text, clock) => {
    const kinds = answerTypesOf(text);
    expect([kinds.includes('@clock'), kinds.includes('@time') || !clock]).toEqual([clock, true]);
  });
});

describe('two-word expressions WordNet knows', () => {
  it.each([
    ['when did it blow up?', 'blow', 'explod'],
    ['how did they brush off the story?', 'brush', 'dismiss'],
    // Inflected, split by a pronoun, or of three words.
    ['who else passed away after the crash?', 'pass', 'die'],
    ['did they blow it up?', 'blow', 'explod'],
    ['who took part in the raid?', 'took', 'particip'],
  ])('%s: the group of "%s" takes "%s"', (question, term, synonym) => {
    const group = queryGroups(question).find((g) => g.term === term);
    expect(group?.alternatives).toContain(synonym);
  });
});

describe('what a question asks about', () => {
  it.each([
    // "Happen" stands for the event the question names ("the crash"), and is not searched for.
    ['what time did the crash happen exactly', ['@clock', 'crash']],
    // An acronym typed in lower case is read as the acronym.
    ['what did the ceo say', ['@speech', 'ceo=chief execut offic']],
    ['did north korea launch an icbm', ['@kp', 'icbm=intercontinent ballist missil', 'launch=launcher']],
  ])('%s → %j', (question, groups) => {
    const found = queryGroups(question).map((g) =>
      g.equivalents?.[0] && !g.term.startsWith('@') ? `${g.term}=${g.equivalents[0]}` : g.term,
    );
    expect(found.sort()).toEqual([...groups].sort());
  });
});

describe('the role of a person whose name is asked', () => {
  it.each([
    ["what's the name of the defence minister", 'minister'],
    ['what was the name of the teenage apprentice who died?', 'apprentice'],
    ['names of the shift supervisors the police interviewed', 'supervisors'],
    ["what's the name of the hospital's tech chief", 'chief'],
    // No role: "person" says only someone; a gang is no person; a name is asked by "who".
    ["what's the name of the person in charge of the fire crews", undefined],
    ["what's the name of the hacking gang", undefined],
    ['who is the mayor of the town', undefined],
    ['name of Anselm', undefined],
  ])('%s → %s', (question, role) => expect(askedRole(question)).toBe(role));
});
