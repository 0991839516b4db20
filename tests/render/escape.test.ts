import { describe, expect, it } from 'vitest';
import { escapeDiscord } from '../../src/render/escape.ts';

const _ = (input: string, expected: string) => it(input, () => expect(escapeDiscord(input)).toBe(expected));

describe('escapeDiscord', () => {
  _('@everyone look', '@\u200beveryone look');
  _('hi @here', 'hi @\u200bhere');
  _(
    '<@123456789012345678> and <@&987654321098765432>',
    '<\u200b@123456789012345678> and <\u200b@&987654321098765432>',
  );
  _('**bold** _it_', '\\*\\*bold\\*\\* \\_it\\_');
  _('plain text', 'plain text');
});
