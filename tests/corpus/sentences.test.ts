import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/corpus/sentences.ts';

const texts = (paragraph: string) => splitSentences(paragraph).map((s) => s.text);
const _ = (paragraph: string, expected: string[]) =>
  it(paragraph, () => expect(texts(paragraph)).toEqual(expected));

describe('splitSentences', () => {
  describe('does not split after abbreviations', () => {
    _('The U.S. said so. It was denied.', ['The U.S. said so.', 'It was denied.']);
    _('Officials in the U.S. Defense Department agreed.', [
      'Officials in the U.S. Defense Department agreed.',
    ]);
    _('Mr. Kirby spoke. Dr. Lee replied.', ['Mr. Kirby spoke.', 'Dr. Lee replied.']);
    _('It happened on Sept. 22 in Seoul. Then it ended.', [
      'It happened on Sept. 22 in Seoul.',
      'Then it ended.',
    ]);
    _('Gen. Park and Sen. Smith met. Talks failed.', ['Gen. Park and Sen. Smith met.', 'Talks failed.']);
    _('The letter was signed by J. Kirby. He spoke later.', [
      'The letter was signed by J. Kirby.',
      'He spoke later.',
    ]);
    // The price of keeping "U.S." whole: a sentence ending on it runs on into the next.
    _('He lives in the U.S. He left.', ['He lives in the U.S. He left.']);
  });

  describe('keeps closing quotes and brackets with their sentence', () => {
    _('“We never did.” The ministry said so.', ['“We never did.”', 'The ministry said so.']);
    _('He said: "It is false." Then he left.', ['He said: "It is false."', 'Then he left.']);
    _('“Is it true?” she asked. “No!” he said.', ['“Is it true?” she asked.', '“No!” he said.']);
    _('They denied it (again.) The talks ended.', ['They denied it (again.)', 'The talks ended.']);
    _('The reply was short. “No comment,” he said.', ['The reply was short.', '“No comment,” he said.']);
  });

  describe('other boundaries', () => {
    _('It rose by 2.5 percent. 2022 was worse.', ['It rose by 2.5 percent.', '2022 was worse.']);
    _('Really? Yes! Fine…  Done.', ['Really?', 'Yes!', 'Fine…', 'Done.']);
    _('no capital after this. so one sentence.', ['no capital after this. so one sentence.']);
    _('No final stop', ['No final stop']);
    _('   ', []);
  });

  it('gives offsets that slice back to each sentence, trimmed', () => {
    const paragraph = '  The U.S. said so.   “We never did,” Mr. Kim said.\tIt ended on Sept. 5.  ';
    const sentences = splitSentences(paragraph);
    expect(sentences.map((s) => [s.start, s.end])).toEqual([
      [2, 19],
      [22, 51],
      [52, 72],
    ]);
    for (const s of sentences) {
      expect(paragraph.slice(s.start, s.end)).toBe(s.text);
      expect(s.text).toBe(s.text.trim());
    }
  });
});
