import { describe, expect, it } from 'vitest';
import { escapeDiscord, escapeTerminal } from '../../src/render/escape.ts';

// The zero-width space the escape puts after "@", "<" and "://" (written out, so tests read).
const Z = '\u200b';

const _ = (input: string, expected: string) => it(input, () => expect(escapeDiscord(input)).toBe(expected));

describe('escapeDiscord', () => {
  describe('mentions and chips', () => {
    _('@everyone look', `@${Z}everyone look`);
    _('hi @here', `hi @${Z}here`);
    // Discord matches @everyone in any case: so must the escape.
    _('@EVERYONE and @Here', `@${Z}EVERYONE and @${Z}Here`);
    _('<@123456789012345678> and <@&98765>', `<${Z}@${Z}123456789012345678> and <${Z}@${Z}&98765>`);
    _('see <#123456789012345678>', `see <${Z}#123456789012345678>`);
    _('run </ask:1234567890>', `run <${Z}/ask:1234567890>`);
    _('at <t:1700000000:R>', `at <${Z}t:1700000000:R>`);
  });

  describe('links', () => {
    _('[official source](http://evil.example/x)', `\\[official source\\](http:${Z}//evil.example/x)`);
    _('go to https://evil.example now', `go to https:${Z}//evil.example now`);
    _('<https://evil.example>', `<${Z}https:${Z}//evil.example>`);
  });

  describe('markdown anywhere in a line', () => {
    _('**bold** _it_', '\\*\\*bold\\*\\* \\_it\\_');
    _('__under__ ~~strike~~ ||spoiler||', '\\_\\_under\\_\\_ \\~\\~strike\\~\\~ \\|\\|spoiler\\|\\|');
    _('`code` ```fence```', '\\`code\\` \\`\\`\\`fence\\`\\`\\`');
    _('a back\\slash', 'a back\\\\slash');
  });

  describe('line starts', () => {
    _('# heading', '\\# heading');
    _('### small heading', '\\### small heading');
    _('-# subtext', '\\-# subtext');
    _('> quote', '\\> quote');
    _('>>> long quote', '\\>>> long quote');
    _('- item', '\\- item');
    _('+ item', '\\+ item');
    _('* item', '\\* item');
    _('1. first', '1\\. first');
    _('  - indented', '  \\- indented');
    _('line one\n# two\n-# three', 'line one\n\\# two\n\\-# three');
    _('one\u2028# two', 'one\n\\# two');
    // Mid-line these mean nothing and stay as written.
    _('a - b # c > d 1. e', 'a - b # c > d 1. e');
    _('-5 degrees', '-5 degrees');
  });

  describe('control characters', () => {
    _('bell\u0007 and \u001b[31mred', 'bell and \\[31mred');
    _('tab\there', 'tab here');
    _('abc\u202Efed', 'abcfed');
  });

  _('plain text, U.S. style.', 'plain text, U.S. style.');
});

describe('escapeTerminal', () => {
  const t = (input: string, expected: string) =>
    it(JSON.stringify(input), () => expect(escapeTerminal(input)).toBe(expected));
  t('\u001b[2Jcleared', '[2Jcleared');
  t('two\nlines\r\n', 'two\nlines\n');
  t('**left** as typed @everyone', '**left** as typed @everyone');
  t('rtl \u202Eevil\u202C', 'rtl evil');
});
