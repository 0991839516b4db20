import { beforeAll, describe, expect, it } from 'vitest';
import { loadContext } from '../../src/app.ts';
import { alignClaims } from '../../src/compare/claims.ts';
import { compare } from '../../src/compare/compare.ts';
import type { Discrepancy } from '../../src/compare/discrepancies.ts';
import type { Story } from '../../src/retrieval/story.ts';

// Written by reading the five articles: where they agree and where they differ.
let story: Story;
beforeAll(async () => {
  story = (await loadContext('seeds')).story;
});

const where = (refs: readonly { articleId: string; paragraph: number }[]) =>
  refs.map((r) => `${r.articleId}¶${r.paragraph}`);
const brief = (d: Discrepancy) => [d.kind, d.sides.map((s) => `${s.articleId}¶${s.paragraph} ${s.value}`)];

describe('claims: sentences of different articles that report the same thing', () => {
  const claimWith = (articleId: string, paragraph: number) =>
    alignClaims(story).claims.find((c) =>
      c.members.some((m) => m.articleId === articleId && m.paragraph === paragraph),
    );

  it('the September denial is carried by three articles, whatever the wording', () => {
    expect(claimWith('000', 2)?.articles).toEqual(['000', '003', '004']);
    expect(where(claimWith('003', 3)?.members ?? [])).toContain('004¶3');
  });

  it('"literally millions" is carried by three articles, attributed differently', () => {
    expect(claimWith('004', 5)?.articles).toEqual(['000', '003', '004']);
  });

  it('the two translations of the November statement are one claim', () => {
    expect(where(claimWith('001', 2)?.members ?? [])).toEqual(['001¶2', '002¶5']);
    expect(where(claimWith('001', 9)?.members ?? [])).toEqual(['001¶9', '002¶15']);
  });

  it('a November rebuttal and a September accusation are not one claim, however alike', () => {
    expect(claimWith('001', 1)?.articles).toEqual(['001']);
    expect(claimWith('004', 2)?.articles).not.toContain('001');
  });

  it('the same words quoted in one news cycle make one claim, however the sentences differ', () => {
    // "hostile forces", quoted by three outlets reporting the September statement.
    expect(claimWith('004', 4)?.articles).toEqual(['000', '003', '004']);
    expect(where(claimWith('001', 7)?.members ?? [])).toEqual(['001¶7', '002¶4', '002¶9']);
  });

  it('compare lists shared claims, most corroborated first', () => {
    const { claims } = compare(story);
    expect(claims.map((c) => c.articles).slice(0, 4)).toEqual([3, 3, 3, 2]);
    expect(claims.every((c) => c.articles >= 2 && c.sources.length >= c.articles)).toBe(true);
  });
});

describe('discrepancies of the five articles', () => {
  it('finds the outlets’ disagreements, each side cited, in story order', () => {
    expect(compare(story).discrepancies.map(brief)).toEqual([
      // The September denial: issued on Wednesday (000), reported as Thursday's (003, 004).
      ['date', ['000¶1 Wednesday 21 Sep 2022', '003¶3 Thursday 22 Sep 2022', '004¶3 Thursday 22 Sep 2022']],
      [
        'wording',
        [
          '000¶2 We have never exported weapons or ammunition to Russia before and we do not plan to export any',
          '003¶3 We have never exported weapons or ammunition to Russia before and we will not plan to export them',
          '004¶3 We have never exported weapons or ammunition to Russia before and we will not plan to export them',
        ],
      ],
      [
        'speaker',
        [
          '000¶3 John Kirby (White House National Security Council spokesperson)',
          '004¶5 a US State Department spokesman (unnamed official)',
        ],
      ],
      [
        'wording',
        [
          '000¶3 could include literally millions of cartridges, rockets and artillery shells',
          '004¶5 could include literally millions of rounds, rockets and artillery shells',
        ],
      ],
      ['date', ['001¶2 Monday 7 Nov 2022', '002¶1 Tuesday 8 Nov 2022']],
      ['wording', [expect.stringMatching(/^001¶2 Recently/u), expect.stringMatching(/^002¶5 Recently/u)]],
      [
        'wording',
        [expect.stringMatching(/^001¶3 hostile attempt/u), expect.stringMatching(/^002¶6 hostile US/u)],
      ],
      [
        'wording',
        [expect.stringMatching(/^001¶4 We close/u), expect.stringMatching(/^002¶7 We make it clear/u)],
      ],
      ['name', ['001¶5 Awakening Storm', '002¶16 Operation Vigilant Storm']],
      [
        'wording',
        [
          expect.stringMatching(/^001¶7 significant amount … attempting/u),
          expect.stringMatching(/^002¶9 secretly/u),
        ],
      ],
      ['wording', ['001¶9 firm and overwhelming', '002¶15 resolute and overwhelming']],
    ]);
  });

  it('a topic keeps the points about it, read with the other reports of their claims', () => {
    const about = (topic: string) => compare(story, { topic }).discrepancies.map((d) => d.kind);
    expect(about('the air exercise')).toContain('name');
    expect(about('literally millions of shells')).toEqual(['speaker', 'wording']);
  });
});
