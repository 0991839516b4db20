import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContext } from '../../src/app.ts';
import { type TimelineEvent, timeline } from '../../src/timeline/timeline.ts';
import { corpus, removeTempDirs } from '../corpus/temp-corpus.ts';

// An undated lead (x1) spans its news cycle; a season named in another article (x2) overlaps it
// but dates nothing of its news, however many words they share.
const X1 = `Regulators link listeria outbreak to Brackenfold cheese

UK regulators have tied a listeria outbreak to Brackenfold Creamery, a maker of soft and blue cheese in Corrowby, after tests matched a swab from its ripening room.

Inspectors visited the site on 3 March.
`;
const X2 = `Shops pull British cheese

Shops in Bergvik took the British cheeses off their shelves on Wednesday morning.

Corrowby Blue cheese from Brackenfold Creamery has been one of the most popular cheeses this winter, says the owner of a cheese shop.
`;

let events: TimelineEvent[];
beforeAll(async () => {
  const dir = await corpus(
    {
      articles: [
        { id: 'x2', file: 'x2.txt', published: '2026-03-12' },
        { id: 'x1', file: 'x1.txt', published: '2026-03-13' },
      ],
    },
    { 'x1.txt': X1, 'x2.txt': X2 },
  );
  events = timeline((await loadContext(dir)).story);
});
afterAll(removeTempDirs);

const cited = (e: TimelineEvent) => e.sources.map((s) => `${s.articleId}¶${s.paragraph}`);

describe('an undated lead and a season', () => {
  it('stay apart: the lead keeps its news cycle', () => {
    const winter = events.find((e) => cited(e).includes('x2¶2'));
    const lead = events.find((e) => cited(e).includes('x1¶1'));
    expect(winter?.label).toBe('winter 2025');
    expect(cited(winter as TimelineEvent)).toEqual(['x2¶2']);
    expect(lead?.label).not.toBe('winter 2025');
  });
});
