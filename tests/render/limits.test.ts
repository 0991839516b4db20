import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { truncate } from '../../src/render/limits.ts';

const _ = (text: string, max: number, expected: string) =>
  it(`${JSON.stringify(text).slice(0, 40)} → ${max}`, () => expect(truncate(text, max)).toBe(expected));

describe('truncate', () => {
  _('short', 10, 'short');
  _('First sentence here. Second sentence is longer than the room.', 40, 'First sentence here. …');
  _('one two three four five six seven eight nine ten', 30, 'one two three four five …');
  _('**bold words that run on and on and on**', 24, '**bold words that** …');
  // A guard escapeDiscord put after "@" or "<" is never cut from what it guards.
  _(`${'x'.repeat(15)}@\u200beveryone`, 20, `${'x'.repeat(15)} …`);
  _(`${'x'.repeat(15)}<\u200b#1234`, 20, `${'x'.repeat(15)} …`);

  it('never exceeds the limit, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 3000 }), fc.integer({ min: 0, max: 2500 }), (text, max) => {
        expect(truncate(text, max).length).toBeLessThanOrEqual(Math.max(max, 0));
      }),
    );
  });

  it('does not split a surrogate pair', () => {
    const cut = truncate(`${'a'.repeat(9)}😀${'b'.repeat(40)}`, 14);
    expect(cut).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/u);
  });
});
