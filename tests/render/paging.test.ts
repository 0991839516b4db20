import { describe, expect, it } from 'vitest';
import { pageCustomId, parsePageCustomId } from '../../src/render/paging.ts';

describe('page buttons', () => {
  it.each([
    [
      { command: 'ask', offset: 3, key: 'AbC-_012xyzQ', owner: '123456789012345678' },
      'pg|ask|3|AbC-_012xyzQ|123456789012345678',
    ],
    [{ command: 'who-said', offset: 0, key: 'k', owner: '1' }, 'pg|who-said|0|k|1'],
    [
      { command: 'x'.repeat(32), offset: 999999, key: 'K'.repeat(16), owner: '9'.repeat(20) },
      `pg|${'x'.repeat(32)}|999999|${'K'.repeat(16)}|${'9'.repeat(20)}`,
    ],
  ])('round-trips %j within 100 characters', (page, id) => {
    expect(pageCustomId(page)).toBe(id);
    expect(id.length).toBeLessThanOrEqual(100);
    expect(parsePageCustomId(id)).toEqual(page);
  });

  it.each([
    'other',
    'share',
    // The old form, which carried the question cut to fit: it is never read as a page again.
    'page|ask|3|Who is Kirby?',
    'pg|ask|x|key|1',
    'pg|ask|3|key',
    'pg||3|key|1',
    'pg|ask|3|key|someone',
    'pg|ask|3|ke y|1',
    'pg|ask|1234567|key|1',
    'pg|ask|3|key|1|extra',
  ])('rejects %s', (id) => {
    expect(parsePageCustomId(id)).toBeUndefined();
  });
});
