import { describe, expect, it } from 'vitest';
import { Cooldown } from '../../src/interactions/cooldown.ts';

describe('Cooldown', () => {
  it('allows `limit` commands per window, then says how long to wait', () => {
    const cooldown = new Cooldown(3, 1000);
    expect([0, 10, 20].map((t) => cooldown.take('u', t))).toEqual([0, 0, 0]);
    expect(cooldown.take('u', 30)).toBe(970);
    expect(cooldown.take('other', 30)).toBe(0);
    expect(cooldown.take('u', 1001)).toBe(0);
  });
});
