import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type CleanArticle, cleanArticle, dropBrokenTail } from '../../src/corpus/clean.ts';

const read = (path: string): string => readFileSync(new URL(path, import.meta.url), 'utf8');

// Body sentences long enough to count as paragraphs; the rules under test decide the rest.
const P1 = 'The council approved the new harbour plan on Tuesday after a long debate.';
const P2 = 'Work on the sea wall is expected to begin in the spring and last two years.';
const P3 = 'Residents will be able to comment on the final design until the end of May.';
const HEAD = 'Council approves new harbour plan';
const WRAPPED = ['After a long debate on Tuesday the council approved', 'Mayor Andrew Smith said.'] as const;

/** Table helper: the cleaned article of `blocks` (joined by blank lines) must equal `expected`. */
const _ = (blocks: string[], expected: Partial<CleanArticle>) => () => {
  const result = cleanArticle(blocks.join('\n\n'));
  if (expected.title !== undefined) expect(result.title).toBe(expected.title);
  if (expected.paragraphs !== undefined) expect(result.paragraphs).toEqual(expected.paragraphs);
};

describe('cleanArticle: input and whitespace', () => {
  it('handles BOM, CRLF, trailing spaces and no final newline', () => {
    const raw = `\uFEFF${HEAD}   \r\n\r\n${P1}  \r\n\r\n\r\n${P2}`;
    expect(cleanArticle(raw)).toEqual({ title: HEAD, paragraphs: [P1, P2] });
  });
  it(
    'collapses runs of spaces and tabs inside a paragraph',
    _([HEAD, 'The council  approved\tthe new   harbour plan on Tuesday after a long debate.'], {
      paragraphs: [P1],
    }),
  );
  it(
    'joins a hard-wrapped paragraph into one',
    _([HEAD, 'The council approved the new\nharbour plan on Tuesday\nafter a long debate.'], {
      paragraphs: [P1],
    }),
  );
  it(
    'joins a line onto one that stops on a stop word or a comma',
    _([HEAD, `${WRAPPED[0]} the\nHarbour Board plan for the new sea wall and the marina,\n${WRAPPED[1]}`], {
      paragraphs: [`${WRAPPED[0]} the Harbour Board plan for the new sea wall and the marina, ${WRAPPED[1]}`],
    }),
  );
  it(
    'does not join a title onto a short menu line ending in a stop word',
    _([`Log in\n${HEAD}`, P1], { title: HEAD, paragraphs: [P1] }),
  );
  it('keeps complete lines of one block apart', _([HEAD, `${P1}\n${P2}`], { paragraphs: [P1, P2] }));
  it('returns an empty article for empty input', _(['', '  '], { title: '', paragraphs: [] }));
  it(
    'keeps a paragraph of short sentences full of names',
    _(
      [HEAD, 'Kim Jong Un flew home. Then Putin spoke. After Lavrov spoke, Shoigu met reporters in Moscow.'],
      {
        paragraphs: [
          'Kim Jong Un flew home. Then Putin spoke. After Lavrov spoke, Shoigu met reporters in Moscow.',
        ],
      },
    ),
  );
  it(
    'leaves quotes exactly as written',
    _([HEAD, '“We will not,’’ she said of the ‘plan’ and the "wall" today.'], {
      paragraphs: ['“We will not,’’ she said of the ‘plan’ and the "wall" today.'],
    }),
  );
});

describe('cleanArticle: title', () => {
  it('takes the first headline-like line', _([HEAD, P1], { title: HEAD, paragraphs: [P1] }));
  it('drops a repeated title', _([HEAD, HEAD, P1, HEAD], { title: HEAD, paragraphs: [P1] }));
  it(
    'ignores a truncated breadcrumb before the title',
    _([`Home News ${HEAD.slice(0, 20)}...`, HEAD, P1], { title: HEAD, paragraphs: [P1] }),
  );
  it(
    'replaces a breadcrumb that holds the full title',
    _([`Home Local ${HEAD}`, HEAD, P1], { title: HEAD, paragraphs: [P1] }),
  );
  it('skips a separator breadcrumb trail', _(['Home » Local » Harbour', HEAD, P1], { title: HEAD }));
  it(
    'accepts a one-sentence question as headline',
    _(['Will the harbour plan work?', P1], { title: 'Will the harbour plan work?', paragraphs: [P1] }),
  );
  it(
    'does not take a paragraph of several sentences ending in a question as headline',
    _([`${P1} Will it work?`, P2], { title: '', paragraphs: [`${P1} Will it work?`, P2] }),
  );
  it(
    'keeps a title in quotes with a colon',
    _(['“No Plans To Sell The Harbour”: Mayor', P1], { title: '“No Plans To Sell The Harbour”: Mayor' }),
  );
  it(
    'does not take short widget lines, labels or a date as title',
    _(['23.8 C\nPort Louis\nFriday, April 19, 2024', 'Download The App:', 'Read in French', HEAD, P1], {
      title: HEAD,
      paragraphs: [P1],
    }),
  );
  it(
    'does not take an item of a summary list under the headline as title',
    _([HEAD, 'Summary', '- Work on the sea wall starts in spring', '• Residents may comment until May', P1], {
      title: HEAD,
      paragraphs: [P1],
    }),
  );
  it(
    'does not take a date in figures with a comment count as title',
    _([HEAD, '09.03.2026 (Monday), 07:15 | Comments (23)', '2026-03-09 | 12 comments', P1], {
      title: HEAD,
      paragraphs: [P1],
    }),
  );
  it(
    'does not take a long byline, an author label or a date with its time zone as title',
    _(
      [
        HEAD,
        'By Helen Marchetti in Geneva and Yoon Da-bin in Seoul',
        'Author: Katarzyna Mielczarek, correspondent in North England',
        'Friday 15 September 2023 14.05 BST',
        P1,
      ],
      { title: HEAD, paragraphs: [P1] },
    ),
  );
  it(
    'takes the headline under the page title that repeats it with the site name',
    _([`${HEAD} | The Harbour Gazette`, 'The Harbour Gazette', HEAD, P1], { title: HEAD, paragraphs: [P1] }),
  );
  it(
    'does not take a toolbar set apart by dots under the byline as title',
    _([HEAD, 'By Jane Doe, Harbour Desk', 'Share this story · Print · Save for later', P1], {
      title: HEAD,
      paragraphs: [P1],
    }),
  );
  it('gives an empty title when there is no headline', _([P1, P2], { title: '', paragraphs: [P1, P2] }));
  it(
    'keeps a headline over the longer standfirst right under it',
    _(
      [
        'Council approves new harbour plan after years of debate',
        'Councillors back the plan for the old harbour front, and building may start next spring',
        P1,
      ],
      { title: 'Council approves new harbour plan after years of debate', paragraphs: [P1] },
    ),
  );
  it(
    'takes the headline under a shorter tagline of the site',
    _(['Independent notes on ports', HEAD, P1], { title: HEAD, paragraphs: [P1] }),
  );
  it(
    'does not take a sub-head after the body as title',
    _([P1, 'Harbour Works Begin In Spring Next Year', P2], { title: '', paragraphs: [P1, P2] }),
  );
});

describe('cleanArticle: lines that are not paragraphs', () => {
  // Sub-heads and teasers are told apart from paragraphs by shape, in the body.
  const dropsInBody = (name: string, line: string) =>
    it(name, _([HEAD, P1, line, P2], { paragraphs: [P1, P2] }));
  dropsInBody('a lower-case sub-head', 'growing tensions');
  dropsInBody('a dash-framed sub-head', '– Sign of the “shortages” –');
  dropsInBody(
    'a long sub-head with no final punctuation',
    '“Millions of tonnes of sand and stone”, according to the engineers',
  );
  dropsInBody('a title-case teaser ending in a question mark', 'What Happens To The Old Harbour Market?');
  dropsInBody('a sentence of fewer than six words', 'Thanks for reading.');
  dropsInBody('a list with almost no stop words', 'Harbour, Council, Budget, Fishing, Tourism, Weather.');
  dropsInBody(
    'a truncated teaser',
    'A popular local singer has died at the age of 95. Popularly known as “Gentleman...',
  );
  it(
    'drops a sub-head on the line above its paragraph',
    _([HEAD, P1, `growing tensions\n${P2}`], { paragraphs: [P1, P2] }),
  );

  // Chrome goes wherever it stands: above the headline, between paragraphs, on a paragraph's block.
  const dropsAnywhere = (name: string, line: string) =>
    it(name, _([line, HEAD, P1, line, `${line}\n${P2}`, line], { title: HEAD, paragraphs: [P1, P2] }));
  dropsAnywhere('a label alone', 'Download The Free App Today:');
  dropsAnywhere('template residue', 'spot_img');
  dropsAnywhere('an advertisement marker', '- Advertisement -spot_img');
  dropsAnywhere('an advertisement notice', 'Advertisement - Scroll to continue reading');
  dropsAnywhere('weather readings', '23.8 C\nPort Louis');
  dropsAnywhere('a byline', 'By Jane Doe and John Roe, Reuters');
  dropsAnywhere('a byline of a name and a post', 'Saskia Brennan, KBC News transport correspondent');
  dropsAnywhere('a byline of two names and a post', 'Jane Doe and John Roe, contributing editors');
  dropsAnywhere('a date updated some hours ago', 'June 4, 2025 4:37 PM GMT+2 Updated 2 hours ago');
  dropsAnywhere('a date line', 'Updated 10:32 GMT, Tuesday 5 March 2024');
  dropsAnywhere(
    'a cookie banner',
    'We use cookies to improve your experience on our site. Accept all cookies.',
  );
  dropsAnywhere(
    'a newsletter prompt',
    'Subscribe to our newsletter for the best of the week, every Friday morning.',
  );
  dropsAnywhere(
    'a cookie notice on a page',
    'This page uses cookies. By continuing you accept our privacy policy.',
  );
  dropsAnywhere('widgets set apart by bars', '4 minute read | Updated March 5, 2024 11:52 AM GMT');
  dropsAnywhere('a date and its update', 'March 5, 2024 9:14 AM GMT+9 | Updated 2 hours ago');
  dropsAnywhere(
    'a date with its time written as one word',
    'Wednesday 11 March 2026, 7:42am | Updated 9:15am',
  );
  dropsAnywhere('labels of time', 'Status: 05.03.2024, 06:30 a.m. | Reading time: 5 minutes');
  dropsAnywhere('a tag list', 'Tags: Harbour, Council, Budget.');
  dropsAnywhere(
    'an inline related link',
    'Read more: The mayor said the harbour plan would be ready by the end of the year.',
  );
  dropsAnywhere(
    'a photo caption with its credit',
    'Workers repair the old sea wall near the harbour on Monday (Photo: Reuters).',
  );
  dropsAnywhere(
    'a paywall count',
    'Subscriber preview: you are reading one of three free analyses this month.',
  );
  dropsAnywhere('a labelled caption', 'Photo caption: A worker walks past the sea wall on Monday.');
  it(
    'takes no caption under the headline for the title',
    _(
      [
        HEAD,
        '[Photo: Workers cheer outside the town hall early on Friday. Photo: Jane Doe / The Gazette]',
        P1,
      ],
      {
        title: HEAD,
        paragraphs: [P1],
      },
    ),
  );
  dropsAnywhere('a teaser under its label', 'Related: Why the harbour plan matters to the fishing fleet?');
  dropsAnywhere('a video teaser', 'Watch: Drone footage shows the damage to the sea wall.');
  dropsAnywhere("a site's standards note", 'Our Standards: The Harbour Gazette Trust Principles.');
  dropsAnywhere('a market data note', 'All quotes delayed a minimum of 15 minutes.');
  dropsAnywhere("an editor's note on updates", 'This is a developing story and will be updated.');
  dropsAnywhere('a note of an update', 'This story has been updated to include comment from the council.');
  dropsAnywhere("a wire's credits", 'Reporting by Jane Doe in Harbourton; Editing by John Roe.');
  dropsAnywhere('an invitation to subscribe', 'Subscribe to Harbour Briefings: one email a week, no spam.');
  dropsAnywhere('a rights notice', 'The Harbour Gazette 2024. All rights reserved.');
  // Consent banners, calls to act, notes about the article and captions, in the words sites use.
  for (const [name, line] of [
    [
      'a consent banner',
      'We and our 842 partners store and/or access information on a device, such as cookies.',
    ],
    ['a cookie choice', 'We use some essential cookies to make this service work.'],
    [
      'a flash with a call to tap',
      'BREAKING: Boil-water notice in force for the harbour. Tap here for details.',
    ],
    [
      'a call to get the app',
      'Download the Gazette app and turn on alerts for breaking news in the harbour.',
    ],
    ['a script notice', 'Please turn on JavaScript in your browser to receive live updates.'],
    ['a comment form checkbox', '[ ] Notify me of new posts by email.'],
    ["an editor's note", "Editor's note: This post was updated on 12 March to add the times of the talks."],
    ['a correction', 'Correction: An earlier version of this article said the crossing takes 90 minutes.'],
    ['a paywall count read', 'You have read 3 of your 4 free articles this month.'],
    ['a translation note', 'This article was translated from German with the help of software and checked.'],
    [
      'a letter in the inbox',
      'Every weekday at 6 am the most important news from the harbour in your inbox.',
    ],
    ['a plea to pay', 'Support independent local journalism for just £1 a week. Cancel any time.'],
    ['a membership plea', 'Enjoyed this story? Become a member from £5 a month and get every issue.'],
    ['an apology for an error', 'The Gazette regrets the error and has corrected the story.'],
    ['a reference', 'Reference: Doe J, Roe R. A study of harbour walls. Harbour Journal 2024; 12: 4-9.'],
    ['a press contact', 'Media enquiries: press.office@harbour.example or 01632 960 418.'],
    [
      'a medical disclaimer',
      'This article is for information only and is not a substitute for medical advice.',
    ],
    [
      'a caption ending on its credit',
      'Islanders wait at the pier on Monday. Photograph: Callum Reid/The Gazette',
    ],
    ['a gallery caption', '[1/3] Workers repair the harbour wall on Monday. Purchase Licensing Rights'],
    ['a rule across the page', '------------------------------------------------------------'],
    [
      'a caption credited by name',
      'The pool has been closed since the end of last season. Picture by Jo Lane',
    ],
    [
      'a caption with a credit label',
      'Women wait near a dry sump on Monday. | Photo Credit: Special Arrangement',
    ],
    ['a share bar', 'Facebook X WhatsApp Telegram Copy link'],
    ["a form's terms", "By providing your email address, you agree to the Gazette's Terms and Conditions."],
    ['a comment policy', 'We reserve the ability to disable comments from time to time on legal stories.'],
    [
      "a newsletter's pitch",
      'Harbour Lines is a reader-supported publication. Consider becoming a paid subscriber.',
    ],
    ["an author's line", 'Maria Esquivel covers health and rural communities for KMRB and the Gazette.'],
    [
      'a note of an update, labelled',
      'Update: This article has been updated to include comments from the club.',
    ],
    ['a dated update label', 'Hyderabad, UPDATED: Apr 16, 2024 08:47 IST'],
    ["a writer's address", 'noura@gazette.example'],
    ["a reporter's line", 'Kehinde Ajibola is a Metro reporter with NaijaLens News covering markets.'],
    [
      "a reporter's line with a post in capitals",
      'Rachel Tomkins is Chief Reporter at The Gazette, covering councils.',
    ],
    ["a wire's share of the story", 'The Associated Press contributed to this report.'],
    [
      "a newsletter's description",
      'Our free weekly newsletter brings you the most important science stories.',
    ],
    ['a reading time as a range', '5–6 minutes'],
    [
      "a transcript's note on itself",
      'This transcript was produced with automated software. Please check against the audio before quoting.',
    ],
    ["a podcast's credits", 'Host: Priya Raman · Guests: Dr Seo-yeon Baek, Colonel Henrik Aalto'],
    ['a date and a reading time', 'March 3, 2025  *  4 min read'],
    ["a text browser's image", '[IMG] Drivers and reps outside the depot after the ballot result'],
    ['an advert yet to load', 'This advertisement has not loaded yet, but your article continues below.'],
    [
      'a caption with its outlet in brackets',
      'Commuters wait at the stage on Monday morning, March 6, 2024. [Rift Today]',
    ],
    ['a call to follow', 'Follow the Gazette on WhatsApp for the latest news. Join our channel here.'],
    ['a credit after a translation', 'Llun / Photo: Gareth Rees'],
    ["a translated editor's note", "Nodyn y golygydd / Editor's note: This article was updated on 13 April."],
    [
      'a line to reach the writer',
      'Jake Morales covers City Hall and development. Reach him at jm@gazette.example.',
    ],
    [
      'a company register line',
      'The Gazette is published by Harbour Media Ltd, registered in England and Wales.',
    ],
    ['a comment with its poster', 'Posted by Greg P: Another small town loses another piece of itself.'],
    [
      'an account prompt',
      'Create a Website Account - Manage notification subscriptions, save form progress and more.',
    ],
    ['an image description', 'Image description: A green compost cart on a residential driveway.'],
    ['a date with a dash', '14 May 2024 - 12:30pm'],
    [
      "an organisation's about line",
      'About Harlow Springs: Home to more than 58,000 residents, the city provides police.',
    ],
  ] as const)
    dropsAnywhere(name, line);
  dropsAnywhere('a breadcrumb trail', 'Home | Local News | Harbour Works');
});

describe('cleanArticle: end of the article', () => {
  const TEASER = 'The mayor said on Friday that the town would host the regional games next summer.';
  const ends = (marker: string) =>
    it(
      `stops at "${marker.replace(/\n/g, ' / ')}"`,
      _([HEAD, P1, P2, marker, TEASER, P3], { paragraphs: [P1, P2] }),
    );
  for (const marker of [
    'Related articles',
    'Check Also',
    'More Articles',
    'Latest Articles',
    'Read More',
    'You may also like',
    'LEAVE A REPLY',
    'Please enter your comment!\nPlease enter your name here',
    '12 Comments',
    'About Catherine Sturm',
    'About the author',
    'About the author: Jane Doe worked for 19 years as an engineer before joining the paper in 2021.',
    'Related analysis',
    'Related coverage',
    'Most read',
    'Most read on the Gazette',
    'Popular now',
    "Editor's picks",
    'Top stories',
    'You may have missed',
  ]) {
    ends(marker);
  }
  it(
    'keeps a paragraph that opens with "About the"',
    _([HEAD, P1, 'About the harbour wall, the council said it would decide in May.', P2], {
      paragraphs: [P1, 'About the harbour wall, the council said it would decide in May.', P2],
    }),
  );
  it(
    'ignores an end marker before the story starts',
    _(['Latest News', HEAD, 'Related', P1, P2], { title: HEAD, paragraphs: [P1, P2] }),
  );
  const BOX = ['Related:', '- Mayor opens new library\n- Fishing fleet returns early'];
  // Prose under the box that speaks of the story's harbour plan and council.
  const ON = 'The harbour plan was first put to the council in 2019, residents said.';
  it(
    'goes on under a box of links set in the story',
    _([HEAD, P1, ...BOX, ON, 'Advertisement', P3], { paragraphs: [P1, ON, P3] }),
  );
  it(
    'ends at a box followed by prose about something else',
    _([HEAD, P1, P2, ...BOX, TEASER, P3], { paragraphs: [P1, P2] }),
  );
  it(
    'ends at a box of links followed by one line of prose',
    _([HEAD, P1, P2, ...BOX, TEASER, 'Get The Gazette Briefing'], { paragraphs: [P1, P2] }),
  );
  it('ends at a box of prose teasers', _([HEAD, P1, 'Related', TEASER, P3], { paragraphs: [P1] }));
  it(
    'stops mid-block when a marker line appears',
    _([HEAD, P1, `${P2}\nRelated articles\n${TEASER}`], { paragraphs: [P1, P2] }),
  );
});

describe('cleanArticle: the shape of a page', () => {
  const BYLINE = 'By Jane Doe';
  const ALT = 'Exterior of the new harbour wall at Harbourton';
  it(
    'takes the headline above the byline, not the alt text under it',
    _([HEAD, BYLINE, ALT, P1, P2], { title: HEAD, paragraphs: [P1, P2] }),
  );
  it(
    'drops the caption above a credit',
    _([HEAD, P1, `${ALT}.\n© Harbour Gazette / Jane Doe`, P2], { paragraphs: [P1, P2] }),
  );
  it(
    'drops the caption under its label',
    _([HEAD, 'Image caption,', 'The harbour wall was built in 1901', P1, P2], {
      title: HEAD,
      paragraphs: [P1, P2],
    }),
  );
  it(
    "drops a wire's version note under the headline",
    _([HEAD, '(Adds council comment in paragraph 5)', P1], { title: HEAD }),
  );
  it(
    "drops a wire's version note after the headline",
    _([`${HEAD} (Updates with vote)`, P1], { title: HEAD }),
  );
  it(
    'keeps the story under a count of comments by the byline',
    _([HEAD, BYLINE, '152 comments', P1, P2], { paragraphs: [P1, P2] }),
  );
  it(
    'drops a pull quote that repeats the story',
    _([HEAD, P1, `“${P2.replace(/\.$/u, '')}”`, P2], { paragraphs: [P1, P2] }),
  );
  const COLD = 'The new store operates at -25°C and opened in late April.';
  it('keeps a temperature in a sentence', _([HEAD, COLD], { paragraphs: [COLD] }));
  // Wrapped at a fixed width, one line ending on a sentence that the next line goes on from.
  const WRAPPED_TEXT = [
    'Severnside Water wants to build a dam across the lower',
    'valley, creating a reservoir roughly two miles long. When',
    'full, it would hold around 14 billion litres of water.',
  ];
  it(
    'joins a block wrapped at a fixed width',
    _([HEAD, WRAPPED_TEXT.join('\n')], { paragraphs: [WRAPPED_TEXT.join(' ')] }),
  );
  const HEADLINES = [
    'Hearing aids linked to slower decline, study suggests',
    'Why hospital food matters more than you think',
    'Can a daily walk after surgery prevent complications?',
  ];
  it(
    'takes the headline over a shorter standfirst between it and the byline',
    _([HEAD, 'Wall works start in spring', 'Written by Jane Doe', P1], { title: HEAD }),
  );
  it('keeps a headline of five words or more over the longer standfirst under it', () => {
    const head = 'Lantern Festival licence refused after hearing';
    const stand =
      "Councillors side with police over crowd safety fears, leaving this summer's event in doubt";
    expect(cleanArticle([head, stand, 'By Helen Tregarthen', P1].join('\n\n')).title).toBe(head);
  });
  it('drops a wire’s slug of the version from the headline', () => {
    expect(cleanArticle([`UPDATE 1-${HEAD}`, 'By Oona Fairweather', P1].join('\n\n')).title).toBe(HEAD);
  });
  it.each([
    ['two names and a reading time', 'Marit de Boer, Sjoerd Hellinga', '5–6 minutes'],
    ['two names joined by "and" and a date', 'Priya Raman and Tom Whitford', 'March 10, 2025 | 7 min read'],
    ['a name and a place after a bar, and a date', 'Kwame Asante-Boateng | Techiman', 'March 3, 2025'],
  ])('reads writers’ names alone as the byline when a date follows: %s', (_name, names, date) => {
    expect(cleanArticle([HEAD, names, date, P1].join('\n\n')).title).toBe(HEAD);
  });
  it(
    'reads a post with its region as a byline',
    _([HEAD, 'Jane Doe', 'Communications Officer, North West Region', P1], { title: HEAD }),
  );
  it(
    'drops the list under "Key points"',
    _([HEAD, 'Key points', '• The wall will be rebuilt by 2026.\n• Residents can comment until May.', P1], {
      paragraphs: [P1],
    }),
  );
  it(
    'keeps a list in the story',
    _([HEAD, P1, '• The wall will be rebuilt by the end of 2026.'], {
      paragraphs: [P1, '• The wall will be rebuilt by the end of 2026.'],
    }),
  );
  it(
    "drops the caption under a text browser's image",
    _([HEAD, P1, '[IMG]', 'Workers repair the harbour wall on Monday morning.', P2], {
      paragraphs: [P1, P2],
    }),
  );
  it(
    'ends at notes to editors',
    _([HEAD, P1, P2, 'Notes to editors', '1. The study is published in the Harbour Journal this week.'], {
      paragraphs: [P1, P2],
    }),
  );
  it(
    'drops a pull quote that the story breaks with its attribution',
    _(
      [
        HEAD,
        P1,
        '“The wall is our history. We will rebuild it.”',
        '“The wall is our history,” the mayor said. “We will rebuild it.”',
      ],
      {
        paragraphs: [P1, '“The wall is our history,” the mayor said. “We will rebuild it.”'],
      },
    ),
  );
  it(
    "keeps the last paragraph above the site's copyright",
    _([HEAD, P1, `${P2}\n© 2024 Harbour Gazette`], { paragraphs: [P1, P2] }),
  );
  it(
    "keeps a paragraph before a writer's address",
    _([HEAD, P1, `${P2}\nnoura@gazette.example`], { paragraphs: [P1, P2] }),
  );
  it(
    'keeps a headline in title case over a shorter standfirst',
    _(
      [
        'Fire Destroys Harbour Clubhouse as Club Counts Cost of 60 Years Lost',
        'Trophies and kit lost in overnight blaze at the harbour',
        P1,
      ],
      {
        title: 'Fire Destroys Harbour Clubhouse as Club Counts Cost of 60 Years Lost',
      },
    ),
  );
  it(
    "drops a text browser's link numbers",
    _([HEAD, 'The [3]council approved the new harbour plan on Tuesday after a long debate.'], {
      paragraphs: [P1],
    }),
  );
  it(
    'ends at the box to write a comment',
    _([HEAD, P1, P2, 'Write a comment...', P3], { paragraphs: [P1, P2] }),
  );
  // Each line of the block opens on a capital and the last ends on no full stop: a list, not a
  // paragraph cut at a width (its question, apart, heads the paragraph under it).
  it(
    'keeps the lines of a list of headlines apart',
    _([HEAD, P1, HEADLINES.join('\n'), P2], { paragraphs: [P1, `${HEADLINES[2]} ${P2}`] }),
  );
  it(
    'joins a wrapped block whose lines open on capitals and end on a full stop',
    _(
      [
        HEAD,
        'Residents who do not want a cart can call the Solid Waste\nDivision or use the online portal before the end of May.',
      ],
      {
        paragraphs: [
          'Residents who do not want a cart can call the Solid Waste Division or use the online portal before the end of May.',
        ],
      },
    ),
  );
});

describe("cleanArticle: an explainer's questions as subheadings", () => {
  const Q = 'What happens to the old market?';
  it('heads the paragraph under it', _([HEAD, P1, Q, P2], { paragraphs: [P1, `${Q} ${P2}`] }));
  it('a short one too', _([HEAD, P1, 'What now?', P2], { paragraphs: [P1, `What now? ${P2}`] }));
  it('past chrome between them', _([HEAD, P1, Q, 'Advertisement', P2], { paragraphs: [P1, `${Q} ${P2}`] }));
  it('not a quoted question', _([HEAD, P1, `“${Q}”`, P2], { paragraphs: [P1, `“${Q}”`, P2] }));
  it(
    'not a question of two sentences',
    _([HEAD, P1, `It is a fair point. ${Q}`, P2], { paragraphs: [P1, `It is a fair point. ${Q}`, P2] }),
  );
  it('not one above the body, which is the headline', _([Q, P1, P2], { title: Q, paragraphs: [P1, P2] }));
  it('none left at the end', _([HEAD, P1, Q], { paragraphs: [P1] }));
});

describe('dropBrokenTail', () => {
  const t = (input: string, expected: string) => () => expect(dropBrokenTail(input)).toBe(expected);
  it(
    'drops a one-word tail opening an unclosed quote',
    t('It was depleted by the invasion. ‘Ukraine.', 'It was depleted by the invasion.'),
  );
  it(
    'drops a two-word tail opening an unclosed quote',
    t('It was depleted. “Eastern front.', 'It was depleted.'),
  );
  it(
    'treats ’ before a letter as an apostrophe, not a closer',
    t('It was depleted. ‘Ukraine’s war.', 'It was depleted.'),
  );
  it('drops a straight-quote tail left open', t('It was depleted. "Ukraine.', 'It was depleted.'));
  it(
    'keeps a closed short quote',
    t('She added one thing. “Truly affordable.”', 'She added one thing. “Truly affordable.”'),
  );
  it(
    'keeps a short tail without a quote',
    t('The name of the country. North.', 'The name of the country. North.'),
  );
  it(
    'keeps a three-word tail',
    t('It was depleted. ‘Ukraine was tired.', 'It was depleted. ‘Ukraine was tired.'),
  );
  it('keeps a one-sentence paragraph', t('‘Ukraine.', '‘Ukraine.'));
  it('is applied to paragraphs', _([HEAD, `${P1} ‘Harbour.`], { paragraphs: [P1] }));
});

describe('cleanArticle: made-up articles from other sites', () => {
  const fixture = (name: string) => cleanArticle(read(`../fixtures/articles/${name}`));

  it('harbour-gazette (BOM, CRLF, cookie banner, byline, caption, sub-head, tags, “You may also like”)', () => {
    const { title, paragraphs } = fixture('harbour-gazette.txt');
    expect(title).toBe('Tiny crabs return to the old harbour after decades of absence');
    expect(paragraphs).toEqual([
      'Marine biologists say shore crabs have been found breeding in the old harbour for the first time in more than forty years.',
      'The discovery was made last month by volunteers who count wildlife along the harbour walls every spring.',
      'Dr Amina Okafor, who leads the survey, said the return of the crabs showed that the clean-up of the water had worked. “We did not expect to see them so soon,” she said.',
      'The council spent nearly twelve million pounds on new drains and filters between 2015 and 2020.',
      'Local fishermen welcomed the news but warned that the catch in the bay is still far below what it was.',
    ]);
  });

  it('valley-courier (newsletter prompt, advertisement, wrapped lines, comment count)', () => {
    const { title, paragraphs } = fixture('valley-courier.txt');
    expect(title).toBe('Mountain Rail Line To Reopen After Two-Year Closure');
    expect(paragraphs).toEqual([
      'The mountain railway that links the valley towns will reopen to passengers in June, the regional transport authority said on Friday, two years after a landslide destroyed a section of the track.',
      'Engineers have rebuilt almost a kilometre of line and a new bridge over the river gorge.',
      '“The line is the lifeline of the valley and we are proud to bring it back,” said the authority’s director, Paul Meyer.',
      'Tickets will go on sale in May and the first trains will run on the old timetable.',
      'Business owners in the upper valley say the closure cost them a large share of their summer trade.',
    ]);
  });

  it('orbit-weekly (breadcrumbs, repeated question headline, broken tail, author box)', () => {
    const { title, paragraphs } = fixture('orbit-weekly.txt');
    expect(title).toBe('Can small satellites bring fast internet to remote villages?');
    expect(paragraphs).toEqual([
      'A start-up from Nairobi says its shoebox-sized satellites can bring fast internet to villages that have never had a phone line.',
      'The company launched its first four satellites on a rideshare rocket in January and plans to add twenty more by the end of next year.',
      'Chief executive Grace Wanjiru told reporters the service would cost less than a dollar a day. “Truly affordable.”',
      'Analysts said the plan was bold but warned that the company would face strong competition from far larger rivals.',
    ]);
  });
});

describe('cleanArticle: the five seed articles', () => {
  const seeds = [
    {
      file: '000_45327ebfa7ec6f44.txt',
      title: 'Accused by Washington, North Korea denies supplying weapons to Moscow',
      count: 5,
      first: 'Subject to accusations from Washington, the Pyongyang regime',
      last: 'The White House further indicated',
      lastEnd: 'crippling its war machine.',
    },
    {
      file: '001_2a457fdcd843e80f.txt',
      title: 'North Korea denies arming Russia – a hostile attempt to cloud our image',
      count: 10,
      first: 'North Korea has rejected the US charge',
      last: 'This new warning has arrived',
      lastEnd: 'between the United States and South Korea.',
    },
    {
      file: '002_2bcc75e1f02a824a.txt',
      title: 'North Korea dismisses as ‘baseless’ US allegations of arms supplies to Russia: state media',
      count: 16,
      first: 'North Korea said on Tuesday that US claims',
      last: 'The North Korean military has confirmed',
      lastEnd: 'so-called Operation Vigilant Storm.',
    },
    {
      file: '003_ab1de59df818b25c.txt',
      title: 'North Korea Denies Exporting Weapons To Russia',
      count: 9,
      first: 'North Korea has denied providing weapons',
      last: 'Pyongyang is subject to tough',
      lastEnd: 'nuclear weapons programme.',
    },
    {
      file: '004_7c77f5df3e95ba89.txt',
      title: '“Not Supplying Weapons To Russia, No Plans In Future”: North Korea',
      count: 9,
      first: 'North Korea denies selling weapons',
      last: 'Earlier in September, Russian president',
      lastEnd: 'counterpart Kim Jong-un.',
    },
  ];
  // Chrome, sub-heads and teasers of the five pages; none may leak into a paragraph.
  const CHROME = [
    'Home World',
    'growing tensions',
    'strict military measures',
    'Read More',
    'Exit mobile version',
    'Sign of Russia’s “shortages”',
    'Catherine Sturm',
    'Check Also',
    'barrels',
    'Date:',
    'Share post:',
    'spot_img',
    'Related articles',
    'Ejeagha',
    'Anyaoku',
    'FRSC',
    'child labour',
    '23.8',
    'Port Louis',
    'April 19, 2024',
    'Download The App',
    'Read in French',
    'Must Read',
    'Advertisement',
    'More Articles',
    'LEAVE A REPLY',
    'Please enter',
    'Latest Articles',
    '‘Ukraine.',
    'according to the Americans',
  ];

  for (const seed of seeds) {
    describe(seed.file, () => {
      const raw = read(`../../seeds/${seed.file}`);
      const { title, paragraphs } = cleanArticle(raw);
      it('finds the headline', () => expect(title).toBe(seed.title));
      it(`has ${seed.count} paragraphs, first and last as in the text`, () => {
        expect(paragraphs).toHaveLength(seed.count);
        expect(paragraphs[0]?.startsWith(seed.first)).toBe(true);
        expect(paragraphs.at(-1)?.startsWith(seed.last)).toBe(true);
        expect(paragraphs.at(-1)?.endsWith(seed.lastEnd)).toBe(true);
      });
      it('lets no chrome, sub-head, title or teaser into the paragraphs', () => {
        for (const p of paragraphs) {
          for (const chrome of CHROME) expect(p, p).not.toContain(chrome);
          expect(p).not.toContain(seed.title);
        }
      });
      it('returns paragraphs verbatim from the text, quotes untouched', () => {
        const flat = raw.replace(/\s+/g, ' ');
        for (const p of paragraphs) expect(flat).toContain(p);
      });
    });
  }

  it('000: removes the broken “‘Ukraine.” tail from paragraph 1', () => {
    const { paragraphs } = cleanArticle(read('../../seeds/000_45327ebfa7ec6f44.txt'));
    expect(paragraphs[0]?.endsWith('stockpiles depleted by the invasion.')).toBe(true);
  });
});
