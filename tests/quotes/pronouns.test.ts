import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../src/corpus/article.ts';
import { attribute } from '../../src/quotes/attribution.ts';

/** The speaker each quotation of an article is attributed to, in order. */
function speakers(paragraphs: string[]): (string | undefined)[] {
  const article = buildArticle(
    { id: 'p', file: 'p.txt', published: '2022-09-22' },
    `Port strike talks\n\n${paragraphs.join('\n\n')}\n`,
  );
  return attribute(article).map((q) => q.mention);
}

describe('"he" and "she" never resolve to a plural speaker', () => {
  it('skip the nearer plural for the singular person named before it', () => {
    expect(
      speakers([
        '“We will not sign anything this week,” union spokesman Piet Janssen told reporters on Monday.',
        '“The offer is final and it is generous,” the port officials said in a statement later.',
        '“Nobody here believes that for a moment,” he said as the meeting ended in the evening.',
      ]),
    ).toEqual(['union spokesman Piet Janssen', 'the port officials', 'union spokesman Piet Janssen']);
  });

  it('stay unattributed when only plural speakers came before', () => {
    expect(
      speakers([
        '“The offer is final and it is generous,” the port officials said in a statement on Monday.',
        '“Nobody here believes that for a moment,” she said as the meeting ended in the evening.',
      ]),
    ).toEqual(['the port officials', undefined]);
  });

  it('"they" takes the plural', () => {
    expect(
      speakers([
        '“We will not sign anything this week,” union spokesman Piet Janssen told reporters on Monday.',
        '“The offer is final and it is generous,” the port officials said in a statement later.',
        '“We will wait for the union to come back to the table,” they said as the meeting ended.',
      ]),
    ).toEqual(['union spokesman Piet Janssen', 'the port officials', 'the port officials']);
  });
});

describe('"he" or "she" after a sentence whose subject is a person', () => {
  it.each([
    // The subject of the sentence before, though another spoke last.
    [
      [
        'The bus company stopped running on Monday.',
        '“We are working urgently with other operators,” Councillor Imogen Tarrant said.',
        'Mr Penhallow has criticised the cut. In his statement he described it as “the final nail”.',
      ],
      ['Councillor Imogen Tarrant', 'Mr Penhallow'],
    ],
    // A preposition opening that sentence is no part of the name.
    [
      [
        'The research has not been without controversy.',
        '“The figures are clear to anyone who reads them,” Ewa Sadowska said.',
        'For Dr Wolska-Ferenc, the point is elsewhere. “Governments deny things all the time,” she said.',
      ],
      ['Ewa Sadowska', 'Dr Wolska-Ferenc'],
    ],
  ])('%j → %j', (paragraphs, expected) => expect(speakers(paragraphs)).toEqual(expected));
});

describe('the words between a speaker and the verb', () => {
  it.each([
    // A name holding a lower-case run that is an adjective alone ("T-arrant") before "said".
    ['Talks went on. “We are working with other operators,” Jane Tarrant said.', 'Jane Tarrant'],
    // Before a colon, whose words they are: "Sarwar's advice is blunt".
    [
      'For other operators, Sarwar’s advice is blunt: “Know your numbers and talk to the council early.”',
      'Sarwar',
    ],
    // An age, then an aside.
    ['Maureen Ashdown, 71, of Lower Hythe, said the bus was “my lifeline”.', 'Maureen Ashdown'],
    // An aside, then "has".
    [
      'Cllr Imogen Tarrant, cabinet member for transport, has said it will not “simply recreate” it.',
      'Cllr Imogen Tarrant',
    ],
    // A time that opens the sentence, with "early".
    ['In early November Kirby went further, saying a “significant number” were shipped.', 'Kirby'],
    // A preposition before the name; a year alone is no one.
    [
      'Much of it came from Han Seo-yeon, then a director, who told lawmakers it was “false”.',
      'Han Seo-yeon',
    ],
    ['Its headline act for 2026 has said it hopes “to play next year”.', undefined],
  ])('%s → %s', (paragraph, expected) => expect(speakers([paragraph])).toEqual([expected]));
});
