import { describe, expect, it } from 'vitest';
import { feedbackCustomId, parseFeedbackCustomId } from '../../src/render/feedback-ids.ts';

const ref = (articleId: string, paragraph: number) => ({ articleId, paragraph });

describe('👍 and 👎 buttons', () => {
  it.each([
    ['up', 'ask', [ref('000', 3), ref('002', 15)], 'fb|up|ask|000.3,002.15'],
    ['down', 'who-said', [ref('004', 1)], 'fb|down|who-said|004.1'],
    ['down', 'check', [], 'fb|down|check|'],
    // The same passage twice (an item and its other source) is one.
    ['up', 'ask', [ref('a_b-C', 0), ref('a_b-C', 0), ref('001', 2)], 'fb|up|ask|a_b-C.0,001.2'],
  ] as const)('%s on /%s citing %j is %s, and reads back', (vote, command, passages, id) => {
    expect(feedbackCustomId({ vote, command, passages })).toBe(id);
    const unique = passages.filter((p, i) => passages.findIndex((q) => q.articleId === p.articleId) === i);
    expect(parseFeedbackCustomId(id)).toEqual({ vote, command, passages: unique });
  });

  it('keeps the passages that fit in 100 characters, in order', () => {
    const long = Array.from({ length: 5 }, (_, i) => ref(`article-${String(i).repeat(20)}`, i + 1));
    const id = feedbackCustomId({ vote: 'up', command: 'ask', passages: long });
    expect(id.length).toBeLessThanOrEqual(100);
    expect(parseFeedbackCustomId(id)?.passages).toEqual(long.slice(0, 2));
  });

  it('keeps all five passages of a page when article ids have 10 characters', () => {
    const ten = Array.from({ length: 5 }, (_, i) => ref(`abcdefghi${i}`, 100 + i));
    const id = feedbackCustomId({ vote: 'down', command: 'who-said', passages: ten });
    expect(parseFeedbackCustomId(id)?.passages).toEqual(ten);
  });

  it.each([
    'fb|maybe|ask|000.1',
    'fb|up||000.1',
    'fb|up|ask|000',
    'fb|up|ask|000.x',
    'fb|up|ask|0 0.1',
    'pg|ask|3|k|1',
    'share',
  ])('rejects %s', (id) => {
    expect(parseFeedbackCustomId(id)).toBeUndefined();
  });
});
