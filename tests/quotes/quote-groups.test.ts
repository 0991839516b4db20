import { describe, expect, it } from 'vitest';
import { loadContext } from '../../src/app.ts';
import { groupSameWords, sameWords } from '../../src/quotes/quote-groups.ts';
import { quoteBook } from '../../src/quotes/who-said.ts';

// Quotations are grouped through lists by pair of words, not by comparing every pair: on every
// real and made-up story the groups must be those the loop over every pair gives.
const STORIES = ['../../seeds/', '../fixtures/stories/brenmoorfire/', '../fixtures/stories/lakevarnferry/'];

describe('groups of the same words', () => {
  it.each(STORIES)('are those of every pair in %s', async (path) => {
    const { story } = await loadContext(new URL(path, import.meta.url).pathname);
    const entries = quoteBook(story).entries.map((e, i) => ({ ...e, group: i }));
    const pairwise = entries.map((e) => ({ ...e }));
    for (const a of pairwise)
      for (const b of pairwise) if (b.group > a.group && sameWords(a, b)) b.group = a.group;
    groupSameWords(entries);
    expect(entries.map((e) => e.group)).toEqual(pairwise.map((e) => e.group));
    expect(new Set(entries.map((e) => e.group)).size).toBeLessThan(entries.length);
  });

  it('joins the same words however far apart, and a chain through a shorter excerpt', () => {
    const quote = (text: string) => {
      const list = text.split(' ');
      return {
        termSet: new Set(list),
        pairs: new Set(list.slice(1).map((t, k) => `${list[k]} ${t}`)),
        group: 0,
      };
    };
    const entries = [
      quote('literally millions rockets artillery shells'),
      quote('weather calm harbour'),
      quote('rockets artillery shells north korea'),
      quote('artillery shells north korea sending'),
    ];
    entries.forEach((e, i) => {
      e.group = i;
    });
    groupSameWords(entries);
    expect(entries.map((e) => e.group)).toEqual([0, 1, 0, 0]);
  });
});
