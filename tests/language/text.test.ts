import { describe, expect, it } from 'vitest';
import { type QueryGroup, queryGroups } from '../../src/language/query.ts';
import { terms, words } from '../../src/language/text.ts';

const group = (question: string, term: string): QueryGroup | undefined =>
  queryGroups(question).find((g) => g.term === term);

describe('words', () => {
  it('keeps a dotted acronym whole, without its dots, with offsets into the text', () => {
    const text = 'The U.S. said';
    const [, us] = words(text);
    expect(us).toEqual({ norm: 'us', acronym: true, start: 4, end: 8 });
    expect(text.slice(us?.start, us?.end)).toBe('U.S.');
  });

  it('marks upper-case codes as acronyms and ordinary words as not', () => {
    expect(words('DPRK denies').map((w) => [w.norm, w.acronym])).toEqual([
      ['dprk', true],
      ['denies', false],
    ]);
  });
});

describe('terms', () => {
  const _ = (text: string, expected: string[]) =>
    it(`${JSON.stringify(text)} → ${expected.join(' ')}`, () => expect(terms(text)).toEqual(expected));

  _('U.S.', ['us', '@us']);
  _('US', ['us', '@us']);
  _('DPRK', ['dprk', '@kp']);
  // Names split at hyphens, since users write "Kim Jong Un" as often as "Kim Jong-un".
  _('Kim Jong-un', ['kim', 'jong', 'un']);
  _('2022', ['2022', '@time', '@quantity']);
  _('the of and is', []);
  _('to a in it was', []);
  // The negation survives; "does" is a stop word.
  _("doesn't", ['not']);
  _("won't", ['will', 'not']);
  _('Pyongyang', ['pyongyang', '@kp']);
  _('North Korea', ['north', 'korea', '@kp']);
  _('North Korean', ['north', 'korean', '@kp']);
  _('North Korea’s', ['north', 'korea', '@kp']);
  _('Kyiv', ['kyiv', '@ua']);
  _('Tehran', ['tehran', '@ir']);
  _('Moscow', ['moscow', '@ru']);
  _('the Russians', ['russian', '@ru']);
  // Abbreviations news and chat use that are no country code, and codes typed in lower case;
  // "us" in lower case is the pronoun.
  _('NK', ['nk', '@kp']);
  _('nk', ['nk', '@kp']);
  _('uk', ['uk', '@gb']);
  _('ROK', ['rok', '@kr']);
  _('us', ['us']);

  it('gives British and American spellings the same terms', () => {
    expect(terms('defence')).toEqual(terms('defense'));
    expect(terms('rumour')).toEqual(terms('rumor'));
    expect(terms('the defence ministry denied the rumour')).toEqual(
      terms('the defense ministry denied the rumor'),
    );
  });

  it('drops stop words but keeps the content words around them', () => {
    expect(terms('What is the capital of the country')).toEqual(['capit', 'countri']);
  });

  it('names a country once per mention, whatever the name, in order of mention', () => {
    for (const name of ['Pyongyang', 'North Korea', 'DPRK', 'North Korean']) {
      expect(terms(name).filter((t) => t.startsWith('@'))).toEqual(['@kp']);
    }
    const concepts = terms('Pyongyang denied arming the Russians, Kyiv said').filter((t) =>
      /^@[a-z]{2}$/u.test(t),
    );
    expect(concepts).toEqual(['@kp', '@ru', '@ua']);
  });
});

describe('queryGroups', () => {
  it('gives synonyms of an ordinary word as alternatives, not as the typed term', () => {
    const weapons = group('weapons', 'weapon');
    expect(weapons?.ordinary).toBe(true);
    expect(weapons?.alternatives).toContain('arm');
    expect(weapons?.alternatives).not.toContain('weapon');
    expect(group('ammunition', 'ammunit')?.alternatives).toContain('ammo');
    expect(group('rumour', 'rumor')?.alternatives).toContain('hearsai');
  });

  it('makes one country group for any name of the country, with the name as an equivalent', () => {
    expect(queryGroups('Did Pyongyang deny it?').map((g) => g.term)).toEqual(['@kp', 'deni']);
    expect(group('Did Pyongyang deny it?', '@kp')).toMatchObject({
      equivalents: ['pyongyang'],
      ordinary: false,
    });
    expect(group('What did North Korea say?', '@kp')?.equivalents).toEqual(['north korea']);
    expect(group('the Russians', '@ru')?.equivalents).toEqual(['russian']);
  });

  it('spells out an acronym as an equivalent phrase', () => {
    expect(group('ICBM', 'icbm')?.equivalents).toEqual(['intercontinent ballist missil']);
  });

  it('gives no groups for a question of stop words only', () => {
    expect(queryGroups('is it the that was it?')).toEqual([]);
  });
});
