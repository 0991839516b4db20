import { describe, expect, it } from 'vitest';
import type { Citation } from '../../src/corpus/types.ts';
import { discordCitation, linkTarget, terminalCitation } from '../../src/render/citation.ts';

const cite = (articleId: string, paragraph: number, extra: Partial<Citation> = {}): Citation => ({
  articleId,
  paragraph,
  title: 'North Korea denies it',
  published: '2022-11-08',
  ...extra,
});
const URL_A = 'https://news.example/a';
const wire = { outlet: 'Wire Service', url: URL_A };

describe('a citation in Discord', () => {
  it.each<[string, Citation[], string]>([
    [
      '1 outlet and url: the title links the article, the outlet named',
      [cite('002', 5, wire)],
      '002 para. 5 · [North Korea denies it](<https://news.example/a>) · Wire Service · 2022-11-08',
    ],
    ['2 neither: title and date', [cite('002', 5)], '002 para. 5 · North Korea denies it · 2022-11-08'],
    [
      '3 a url only: the title linked',
      [cite('002', 5, { url: URL_A })],
      '002 para. 5 · [North Korea denies it](<https://news.example/a>) · 2022-11-08',
    ],
    [
      '4 an outlet only: named, nothing linked',
      [cite('002', 5, { outlet: 'Wire Service' })],
      '002 para. 5 · North Korea denies it · Wire Service · 2022-11-08',
    ],
    [
      '5 the whole article (paragraph 0)',
      [cite('002', 0, wire)],
      '002 · [North Korea denies it](<https://news.example/a>) · Wire Service · 2022-11-08',
    ],
    [
      '6 other articles once each, with their paragraphs, outlets and links',
      [cite('001', 2), cite('002', 4, wire), cite('003', 1), cite('002', 9, wire)],
      '001 para. 2 · North Korea denies it · 2022-11-08 (also in [002 para. 4, 9](<https://news.example/a>), Wire Service; 003 para. 1)',
    ],
    [
      '6b more paragraphs of the first article join its reference',
      [cite('001', 2), cite('002', 4, wire), cite('001', 7)],
      '001 para. 2, 7 · North Korea denies it · 2022-11-08 (also in [002 para. 4](<https://news.example/a>), Wire Service)',
    ],
    [
      '7 markup in the title and outlet is escaped; brackets cannot end the link label',
      [cite('002', 5, { title: '[x](http://evil.example) **big**\nline', outlet: '@everyone_', url: URL_A })],
      '002 para. 5 · [(x)(http:\u200b//evil.example) \\*\\*big\\*\\* line](<https://news.example/a>) · @\u200beveryone\\_ · 2022-11-08',
    ],
  ])('%s', (_, citations, expected) => {
    expect(discordCitation(citations)).toBe(expected);
  });

  it('8 leaves other articles out, counted, when the line would be too long', () => {
    const many = [cite('001', 1), ...['002', '003', '004', '005'].map((id) => cite(id, 2, wire))];
    expect(discordCitation(many, 150)).toBe(
      '001 para. 1 · North Korea denies it · 2022-11-08 (also in [002 para. 2](<https://news.example/a>), Wire Service; 3 more)',
    );
  });

  it('9 clips a long title to one short line', () => {
    const line = discordCitation([cite('002', 5, { title: 'word '.repeat(60) })]);
    expect(line).toMatch(/^002 para\. 5 · (?:word ){19}word… · 2022-11-08$/u);
  });
});

describe('a link target from the manifest', () => {
  it.each<[string, string | undefined, string | undefined]>([
    ['1 a plain https address', 'https://news.example/a', 'https://news.example/a'],
    ['2 http', 'http://news.example/a', 'http://news.example/a'],
    [
      '3 characters that end a link are encoded',
      'https://news.example/a(1) <b>',
      'https://news.example/a%281%29%20%3Cb%3E',
    ],
    ['4 javascript:', 'javascript:alert(1)', undefined],
    ['5 a data: address', 'data:text/html,hi', undefined],
    ['6 credentials in the address', 'https://user:pass@news.example/', undefined],
    ['7 too long to show', `https://news.example/${'a'.repeat(400)}`, undefined],
    ['8 none', undefined, undefined],
  ])('%s', (_, url, expected) => {
    expect(linkTarget(url)).toBe(expected);
  });
});

describe('a citation in the terminal', () => {
  it.each<[string, Citation[], string[]]>([
    [
      '1 outlet and address',
      [cite('002', 5, wire)],
      ['002 para. 5 · North Korea denies it · Wire Service · 2022-11-08 · https://news.example/a'],
    ],
    ['2 neither', [cite('002', 5)], ['002 para. 5 · North Korea denies it · 2022-11-08']],
    [
      '3 one line per other article',
      [cite('001', 2), cite('002', 4, wire), cite('002', 9, wire)],
      [
        '001 para. 2 · North Korea denies it · 2022-11-08',
        'also in 002 para. 4, 9 · North Korea denies it · Wire Service · 2022-11-08 · https://news.example/a',
      ],
    ],
    [
      '4 control characters dropped',
      [cite('002', 5, { outlet: 'Wire\u001b[31m' })],
      ['002 para. 5 · North Korea denies it · Wire[31m · 2022-11-08'],
    ],
  ])('%s', (_, citations, expected) => {
    expect(terminalCitation(citations)).toEqual(expected);
  });
});
