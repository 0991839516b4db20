import { describe, expect, it } from 'vitest';
import { pageCustomId, parsePageCustomId } from '../../src/render/paging.ts';

describe('page buttons', () => {
  it('round-trips a short question', () => {
    const id = pageCustomId({ command: 'ask', query: 'Who is Kirby?' }, 3);
    expect(id).toBe('page|ask|3|Who is Kirby?');
    expect(parsePageCustomId(id)).toEqual({ command: 'ask', offset: 3, query: 'Who is Kirby?' });
  });

  it('keeps a long question within 100 characters, whole words first', () => {
    const query = `What did ${'the North Korean defence ministry official '.repeat(8)}say?`;
    const id = pageCustomId({ command: 'ask', query }, 6);
    expect(id.length).toBeLessThanOrEqual(100);
    expect(parsePageCustomId(id)?.query).toMatch(
      /^What did the North Korean defence ministry official the\b/u,
    );
  });

  it('keeps a "|" inside the question', () => {
    expect(parsePageCustomId(pageCustomId({ command: 'ask', query: 'a|b' }, 0))?.query).toBe('a|b');
  });

  it('carries a command run without its text option', () => {
    expect(parsePageCustomId('page|timeline|10|')).toEqual({ command: 'timeline', offset: 10, query: '' });
  });

  it.each(['other', 'page|ask|x|q', 'page|ask|3', 'page||3|q'])('rejects %s', (id) => {
    expect(parsePageCustomId(id)).toBeUndefined();
  });
});
