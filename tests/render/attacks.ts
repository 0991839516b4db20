// Hostile text for the property tests: what users and articles could send to make the bot's
// replies show markup, mentions, chips or links.
import fc from 'fast-check';

/** Text meant to turn into markup, mentions, chips or links, alone or glued together. */
export const ATTACKS = [
  '[official Reuters source](http://evil.example/phish)',
  '[x](<https://evil.example>)',
  'https://evil.example/x',
  'http://user:pass@evil.example',
  '# heading',
  '## heading',
  '### heading',
  '-# subtext',
  '> quote',
  '>>> quote',
  '- item',
  '* item',
  '+ item',
  '1. item',
  '</ask:1234567890123456789>',
  '<#123456789012345678>',
  '<@123456789012345678>',
  '<@!123456789012345678>',
  '<@&123456789012345678>',
  '<t:1700000000:R>',
  '<:emoji:123456789012345678>',
  '@everyone',
  '@here',
  '@EveryOne',
  '@HERE',
  '**bold**',
  '__underline__',
  '~~strike~~',
  '||spoiler||',
  '`code`',
  '```js\nalert(1)\n```',
  '*it*',
  '_it_',
  '\\',
  '\\*',
  '\n',
  '\r\n',
  '\u2028',
  '\u200b',
  '\u202e',
  '\u0000',
  '\u001b[31m',
  '＃ ',
  '［x］（ｈｔｔｐ：／／evil.example）',
  'ｈｔｔｐｓ：／／evil.example',
  '＠everyone',
  'North Korea',
  'Kirby',
  'missile tests',
  'literally millions',
  ' ',
];

/** Attack fragments and random Unicode (any code point), glued in any order. */
export const hostileText = (maxParts = 6): fc.Arbitrary<string> =>
  fc
    .array(
      fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...ATTACKS) },
        { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
        { weight: 1, arbitrary: fc.constantFrom(' ', '\n', '\n\n') },
      ),
      { maxLength: maxParts },
    )
    .map((parts) => parts.join(''));
