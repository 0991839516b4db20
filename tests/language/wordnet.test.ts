import { describe, expect, it } from 'vitest';
import { definedAcronyms } from '../../src/language/acronyms.ts';
import { DAY } from '../../src/language/answer-type.ts';
import { answerFocus, wantedAnswerType } from '../../src/language/asked-kind.ts';
import { monthToken, publishedToken } from '../../src/language/dateline.ts';
import { relatedTo } from '../../src/language/resources/related.ts';
import { baseForms, entriesOf, isCommonWord } from '../../src/language/resources/word-forms.ts';
import { lookUp, synsetAt } from '../../src/language/resources/wordnet.ts';
import { terms } from '../../src/language/text.ts';

describe('the WordNet reader', () => {
  it('finds a lemma by bisection and reads its commonest synset by offset', () => {
    const entry = lookUp('export', 'verb');
    const first = entry?.senses[0];
    expect(first).toBeDefined();
    const synset = synsetAt(first ?? 0, 'verb');
    expect(synset?.words).toContain('export');
    expect(synset?.gloss).toBe('sell or transfer abroad');
    expect(lookUp('xyzzyplugh', 'noun')).toBeUndefined();
  });

  it('looks up phrases and keeps the case of names', () => {
    const icbm = lookUp('intercontinental ballistic missile', 'noun');
    expect(icbm?.senses.length).toBeGreaterThan(0);
    expect(synsetAt(lookUp('pyongyang', 'noun')?.senses[0] ?? 0, 'noun')?.words).toContain('Pyongyang');
  });

  it('undoes inflection with WordNet’s rules, doubled consonants included', () => {
    expect(entriesOf('admitting').map((e) => e.lemma)).toEqual(['admit']);
    expect(baseForms('losses')).toEqual(expect.arrayContaining(['losses', 'loss']));
    expect(isCommonWord('denial')).toBe(true);
    expect(isCommonWord('pyongyang')).toBe(false);
  });
});

describe('relatedTo', () => {
  it('gives derived forms as near relations and opposites and definitions as far ones', () => {
    expect(relatedTo('denial').near).toContain('deny');
    expect(relatedTo('admit').far).toContain('deny');
    expect(relatedTo('export').far).toEqual(expect.arrayContaining(['sell', 'abroad']));
  });

  it('reads a name only in the senses spelt as written', () => {
    expect(relatedTo('un', 'UN').near).toContain('united nations');
    expect(relatedTo('un', 'Un').near).toEqual([]);
    expect(relatedTo('jong', 'Jong').far).toEqual([]);
  });
});

describe('terms that the stemmer would confuse', () => {
  it('keeps apart words the stemmer cuts into other words', () => {
    expect(terms('news')).not.toEqual(terms('new'));
    expect(terms('used')).not.toContain('us');
    expect(terms('routes')).toEqual(terms('route'));
    expect(terms('recently')).toEqual(terms('recent'));
  });
});

describe('acronyms an article defines', () => {
  it('learns "Spelled Out Name (ACRONYM)" when the initials match', () => {
    const found = definedAcronyms([
      'released by the Korean Central News Agency (KCNA).',
      'the Ministry of Defence (MD) and the Central Bank (XYZ)',
    ]);
    expect(found).toEqual([
      {
        term: 'kcna',
        phrase: ['korean', 'central', 'news', 'agenc'],
        letters: 'KCNA',
        written: 'Korean Central News Agency',
      },
      { term: 'md', phrase: ['ministri', 'defens'], letters: 'MD', written: 'Ministry of Defence' },
    ]);
  });
});

describe('dates and answer types', () => {
  it('gives passages their article’s month and questions the month they name', () => {
    expect(publishedToken('2022-09-22')).toBe('@published-september');
    expect(monthToken('september')).toBe('@published-september');
    expect(monthToken('sept')).toBe('@published-september');
    expect(monthToken('seven')).toBeUndefined();
  });

  it('asks for a day, and drops the word "day", when the question asks which day', () => {
    expect(wantedAnswerType('which day did they deny it?')).toBe(DAY);
    expect([...answerFocus('which day did they deny it?')]).toEqual(['day']);
    expect(terms('They said on Wednesday')).toContain(DAY);
    expect(terms('They said in September')).not.toContain(DAY);
  });
});

describe('ask with the lexical bridges, on the seeds', () => {
  it('keeps questions about other stories empty', async () => {
    const { loadContext } = await import('../../src/app.ts');
    const { ask } = await import('../../src/retrieval/ask.ts');
    const { story } = await loadContext('seeds');
    for (const question of [
      'Who won the football match between Arsenal and Chelsea?',
      'How many barrels of oil will Russian supplies fall by?',
      'when will the new iPhone be released?',
    ]) {
      expect(ask(story, question).results.map((r) => `${r.articleId}#${r.paragraph}`)).toEqual([]);
    }
    // An acronym WordNet spells out, and one the articles spell out, find their passages.
    expect(ask(story, 'was there an ICBM?').results[0]?.text).toMatch(/intercontinental ballistic missile/);
    expect(ask(story, 'what did the Korean Central News Agency say?').total).toBeGreaterThan(0);
  });
});
