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
