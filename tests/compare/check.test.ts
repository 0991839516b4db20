import { beforeAll, describe, expect, it } from 'vitest';
import { loadContext } from '../../src/app.ts';
import { check } from '../../src/compare/check.ts';
import type { Story } from '../../src/retrieval/story.ts';

let story: Story;
beforeAll(async () => {
  story = (await loadContext('seeds')).story;
});

const brief = (text: string) =>
  check(story, text).passages.map((p) => `${p.articleId}¶${p.paragraph}:${p.sources}`);

describe('check: the passages that bear on a message, with how many articles carry them', () => {
  it('a claim three articles share is reported by 3, shown once', () => {
    const [first, ...rest] = check(
      story,
      'North Korea says it never exported weapons or ammunition to Russia',
    ).passages;
    expect(first?.sources).toBe(3);
    expect(['000', '003', '004']).toContain(first?.articleId);
    expect(first?.text).toMatch(/never exported weapons or ammunition/u);
    expect(rest.map((p) => p.text)).not.toContainEqual(expect.stringMatching(/never exported weapons/u));
  });

  it('each sentence of a longer message is checked', () => {
    const found = brief(
      'The exercise was called Vigilant Storm. Kirby spoke of literally millions of shells.',
    );
    expect(found).toContain('002¶16:1');
    expect(found.some((p) => /^(000¶3|004¶5|003¶4):3$/u.test(p))).toBe(true);
  });

  it('reads a negation typed without its apostrophe as the negation, and shows the claim as typed', () => {
    const stances = (text: string) =>
      check(story, text).passages.map((p) => `${p.articleId}¶${p.paragraph}:${p.stance}`);
    const typed = check(story, 'north korea didnt sell weapons to russia');
    expect(typed.claim).toBe('north korea didnt sell weapons to russia');
    expect(stances('north korea didnt sell weapons to russia').slice(0, 2)).toEqual([
      '004¶1:supports',
      '000¶3:contradicts',
    ]);
    expect(stances("north korea didn't sell weapons to russia").slice(0, 2)).toEqual([
      '004¶1:supports',
      '000¶3:contradicts',
    ]);
  });

  it('says where the articles differ on a passage', () => {
    const [first] = check(story, 'The exercise was called Vigilant Storm').passages;
    expect(first?.differs).toEqual(['the name: “Awakening Storm” or “Operation Vigilant Storm”']);
  });

  it('shows an outlet that gives another figure on its own, never folded into one that agrees', async () => {
    const { story: bridge } = await loadContext(
      new URL('../fixtures/compare/bridge/', import.meta.url).pathname,
    );
    const sides = check(bridge, 'The bridge collapse killed 12 people.').passages.map(
      (p) => `${p.articleId}¶${p.paragraph}:${p.stance}:${p.alsoIn.map((c) => c.articleId).join(',')}`,
    );
    expect(sides.slice(0, 2)).toEqual(['a¶1:supports:', 'b¶1:contradicts:']);
  });

  it('finds nothing for a message about something else, or with no words', () => {
    expect(brief('pizza toppings are great')).toEqual([]);
    expect(brief('lol 😂')).toEqual([]);
    expect(check(story, '   ')).toEqual({ claim: '', passages: [] });
  });
});
