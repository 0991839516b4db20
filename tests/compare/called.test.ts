import { afterAll, describe, expect, it } from 'vitest';
import { loadContext } from '../../src/app.ts';
import { calledDifferently } from '../../src/compare/called.ts';
import { corpus, removeTempDirs } from '../corpus/temp-corpus.ts';

afterAll(removeTempDirs);

/** The name points of a made-up story of the given articles' paragraphs (title first). */
async function points(articles: string[]) {
  const files = Object.fromEntries(articles.map((text, i) => [`n${i}.txt`, text]));
  const manifest = {
    articles: articles.map((_, i) => ({ id: `n${i}`, file: `n${i}.txt`, published: '2025-05-02' })),
  };
  const { story } = await loadContext(await corpus(manifest, files));
  return calledDifferently(story).map((d) => [d.about, d.sides.map((s) => `${s.articleId}¶${s.paragraph}`)]);
}

describe('one thing named differently by apposition to the same noun', () => {
  it('finds "calls itself X", the noun before a quoted name and "X, the noun behind …"', async () => {
    expect(
      await points([
        'Gang claims harbour theft\n\nThe gang, which calls itself Blackfin, said on Monday that it had taken the cargo.\n',
        'Harbour theft: police search\n\nPolice are looking for the criminal gang "Redfin", which took the cargo on Sunday.\n',
        'Inside the harbour theft\n\nBlackfin, the gang behind the theft, has asked for money to return the cargo.\n',
      ]),
    ).toEqual([['the name: “Blackfin” or “Redfin”', ['n0¶1', 'n1¶1', 'n2¶1']]]);
  });

  it('sees no point when one article uses both names, or names a person', async () => {
    expect(
      await points([
        'Gang claims harbour theft\n\nThe gang, which calls itself Blackfin, said on Monday that it had taken the cargo.\n',
        'Harbour theft: police search\n\nPolice are looking for the gang "Redfin", also known as Blackfin, which took the cargo.\n',
        'Harbour chief speaks\n\nThe chief "Anna" said on Monday that the cargo was insured against theft.\n',
      ]),
    ).toEqual([]);
  });
});
