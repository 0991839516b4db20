import { copyFile, cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContext } from '../../src/app.ts';
import { compare } from '../../src/compare/compare.ts';
import type { Discrepancy } from '../../src/compare/discrepancies.ts';

// Made-up reports of made-up events (tests/fixtures/compare/*), to check that the thresholds chosen
// on the five articles carry over to other stories.
const comparison = async (name: string) => {
  const dir = new URL(`../fixtures/compare/${name}/`, import.meta.url).pathname;
  return compare((await loadContext(dir)).story);
};
const brief = (d: Discrepancy) => [d.kind, d.sides.map((s) => `${s.articleId}¶${s.paragraph} ${s.value}`)];

describe('three reports of a bridge collapse', () => {
  it('differ on the name, the toll, the day, the speaker and the quoted words', async () => {
    const { discrepancies } = await comparison('bridge');
    expect(discrepancies.map(brief)).toEqual([
      ['name', ['a¶1 Riverside Bridge', 'b¶1 Riverbend Bridge']],
      ['number', ['a¶1 12 people', 'b¶1 15 people']],
      ['date', ['a¶1 Monday 4 Mar 2024', 'b¶1 Tuesday 5 Mar 2024']],
      // The fire chief's words are not a source of the mayor's statement: the speaker point is
      // made on the words both are credited with, the wording point within the mayor's claim.
      ['speaker', ['a¶2 Anna Berg (Mayor)', 'b¶2 Tom Reyes (fire chief)']],
      [
        'wording',
        [
          'a¶2 We are devastated by this tragedy and we will find out what went wrong',
          'c¶2 shattered by this tragedy … find out what failed',
        ],
      ],
    ]);
  });

  it('count three articles for the claim all three carry, and never one person for another', async () => {
    const { claims } = await comparison('bridge');
    expect(claims.map((c) => [c.articles, c.sources.map((s) => `${s.articleId}¶${s.paragraph}`)])).toEqual([
      [3, ['a¶3', 'b¶3', 'c¶3']],
      [2, ['a¶1', 'b¶1']],
      [2, ['a¶2', 'c¶2']],
      [2, ['a¶5', 'c¶4']],
    ]);
  });
});

describe('three reports of a ferry disaster (tests/fixtures/stories/lakevarnferry)', () => {
  it('differ on the dead, the injured, the day, the fuel, a name’s spelling, the speaker and the money', async () => {
    const dir = new URL('../fixtures/stories/lakevarnferry/', import.meta.url).pathname;
    const { discrepancies } = compare((await loadContext(dir)).story);
    expect(discrepancies.map(brief)).toEqual([
      // "killing nine people", "the death toll … has risen to 11", "the disaster that killed 11 people".
      ['number', ['v1¶1 nine people', 'v2¶1 11', 'v3¶1 11 people']],
      // "injuring 23", "a further 30 people were injured".
      ['number', ['v1¶1 23', 'v2¶2 30 people']],
      ['date', ['v1¶1 Sunday 13 Oct 2024', 'v2¶2 Saturday 12 Oct 2024']],
      // Two fuels (WordNet: both kinds of "fuel") leaking from the same wreck.
      ['name', ['v1¶2 petrol', 'v2¶2 kerosene']],
      ['name', ['v1¶3 Ingrid Solheim', 'v2¶3 Ingrid Solhaim', 'v3¶7 Ingrid Solheim']],
      ['speaker', ['v1¶5 Lara Benedek (Transport Minister)', 'v2¶3 Ingrid Solhaim (coastguard commander)']],
      ['number', ['v1¶6 $2 million', 'v2¶7 2.5 million dollar']],
    ]);
  });
});

describe('two reports that agree', () => {
  it('show no discrepancy for quote marks, punctuation, spelling or "U.S." and "US"', async () => {
    const { discrepancies, claims } = await comparison('agree');
    expect(discrepancies).toEqual([]);
    expect(claims.map((c) => c.articles)).toEqual([2, 2, 2]);
  });
});

describe('an unseen sixth article added to a copy of seeds/', () => {
  it('joins the claims it shares and the disagreements it takes a side in', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'storydesk-'));
    await cp('seeds', dir, { recursive: true });
    await copyFile(
      new URL('../fixtures/articles/compare-wire.txt', import.meta.url),
      join(dir, '005_wire.txt'),
    );
    const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as { articles: object[] };
    manifest.articles.push({ id: '005', file: '005_wire.txt', published: '2022-11-08' });
    await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest));
    const { discrepancies, claims } = compare((await loadContext(dir)).story);
    const sides = (kind: string) =>
      discrepancies
        .filter((d) => d.kind === kind)
        .map((d) => d.sides.map((s) => `${s.articleId}¶${s.paragraph} ${s.value}`));
    expect(sides('name')).toEqual([
      ['001¶5 Awakening Storm', '002¶16 Operation Vigilant Storm', '005¶4 Vigilant Storm'],
    ]);
    expect(sides('date')).toEqual([
      ['000¶1 Wednesday 21 Sep 2022', '003¶3 Thursday 22 Sep 2022', '004¶3 Thursday 22 Sep 2022'],
      ['001¶2 Monday 7 Nov 2022', '002¶1 Tuesday 8 Nov 2022', '005¶1 Tuesday 8 Nov 2022'],
    ]);
    const denial = claims.find((c) => c.sources.some((s) => s.articleId === '005' && s.paragraph === 2));
    expect(denial?.sources.map((s) => `${s.articleId}¶${s.paragraph}`)).toEqual(['001¶4', '002¶7', '005¶2']);
  });
});

/** The sides of every count a held-out story's outlets disagree on, as "article¶paragraph value". */
async function storyNumbers(name: string): Promise<string[][]> {
  const dir = new URL(`../fixtures/stories/${name}/`, import.meta.url).pathname;
  const { discrepancies } = compare((await loadContext(dir, undefined, {}, false)).story);
  return discrepancies
    .filter((d) => d.kind === 'number')
    .map((d) => d.sides.map((s) => `${s.articleId}¶${s.paragraph} ${s.value}`));
}

describe('four reports of a dam failure (held-out story)', () => {
  it('compare ages of one person, never the ages of different things, nor a time of day', async () => {
    const numbers = await storyNumbers('brackwaterdam');
    // The woman who died: 58 in the local paper, 56 in the translated one.
    expect(numbers).toContainEqual(['c01¶4 58-year', 'c03¶12 56-year']);
    expect(numbers.flat().filter((v) => /115-year|34-year| 11$/u.test(v))).toEqual([]);
  });
});

describe('four reports of a food recall (held-out story)', () => {
  it('set counts of one thing against each other, never a span of time that frames two others', async () => {
    const numbers = await storyNumbers('brackenfold');
    // The ill: 14 in the local paper, 17 on the wire (a dateline's "March 11 (MPA)" counts nothing).
    expect(numbers).toContainEqual(['e01¶1 14 people', 'e02¶1 17 people']);
    // "bought in the past two months" and "no positive result in the past 18 months".
    expect(numbers.flat().filter((v) => /months$/u.test(v))).toEqual([]);
  });
});

describe('four reports of a rail crash (held-out story)', () => {
  it('set the injured and the driver’s years against each other, never two people’s ages nor a rate', async () => {
    const numbers = await storyNumbers('harrowgate');
    // 47 taken to hospital, "more than 50", 61 treated; 22 years' experience against 12.
    expect(numbers).toContainEqual(['k01¶1 47', 'k02¶5 50 people', 'k03¶4 61 people']);
    expect(numbers).toContainEqual(['k01¶7 22 years', 'k03¶7 12 years']);
    // The driver is 51 and the man who died later 72: ages of two men from two towns. The line's
    // 22,000 passengers a weekday are no count of those on the train.
    expect(numbers.flat().filter((v) => /year$|22,000|million/u.test(v))).toEqual([]);
  });
});

describe('four reports of a festival called off (round 10 story)', () => {
  it('set the tickets sold against each other, never the town’s population against a crowd', async () => {
    const numbers = await storyNumbers('kestrelbridge');
    expect(numbers).toContainEqual(['n02¶3 9,400 weekend', 'n03¶8 9,700 weekend', 'n04¶4 9,400 weekend']);
    // "A market town of about 24,000 people" is how many live there, not the 600 at a meeting.
    expect(numbers.flat().filter((v) => /24,000/u.test(v))).toEqual([]);
  });

  it('give the police officer two ranks', async () => {
    const dir = new URL('../fixtures/stories/kestrelbridge/', import.meta.url).pathname;
    const { discrepancies } = compare((await loadContext(dir, undefined, {}, false)).story);
    expect(discrepancies.filter((d) => /^the post of/u.test(d.about)).map(brief)).toEqual([
      [
        'name',
        [
          'n01¶5 Inspector Deborah Amankwah',
          'n02¶8 Chief Inspector Deborah Amankwah',
          'n04¶10 Inspector Deborah Amankwah',
        ],
      ],
    ]);
  });
});
