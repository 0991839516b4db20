import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContext } from '../../src/app.ts';
import type { PictureEvent, TimelinePicture } from '../../src/commands/reply.ts';
import { runCommand } from '../../src/commands/run.ts';
import type { CommandContext } from '../../src/commands/types.ts';
import { renderPicture } from '../../src/render/picture.ts';
import { svgToPng } from '../../src/render/png.ts';
import { timelineAlt, timelineSvg } from '../../src/render/timeline-svg.ts';
import { hostileText } from './attacks.ts';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const at = (date: string, label = date) => ({ date, label });
const events: PictureEvent[] = [
  {
    dates: [at('2022-11-07', '7 Nov 2022'), at('2022-11-08', '8 Nov 2022')],
    text: 'The statement denying arms deals',
  },
  { dates: [at('2022-09', 'Sep 2022')], text: 'The White House says Russia is buying shells' },
  { dates: [at('2022-09-22', '22 Sep 2022')], text: 'A <script> & "quoted" label' },
];

describe('the timeline picture', () => {
  const svg = timelineSvg(events, 'Timeline');

  it('puts one mark per date, in date order, and a bracket joining the dates an event is given', () => {
    // Two marks in the legend, then one per date.
    expect(svg.match(/<circle /gu)).toHaveLength(2 + 4);
    expect(svg.match(/<path /gu)).toHaveLength(1);
    const dates = [...svg.matchAll(/text-anchor="end"[^>]*>([^<]+)</gu)].map((m) => m[1]);
    expect(dates).toEqual(['Sep 2022', '22 Sep 2022', '7 Nov 2022', '8 Nov 2022']);
    expect(svg).toContain('(dates differ) The statement denying arms deals');
  });

  it('marks a gap of more than a month on the axis, and none between close dates', () => {
    expect(svg.match(/>≈</gu)).toHaveLength(1);
  });

  it('escapes the articles’ text', () => {
    expect(svg).toContain('A &lt;script&gt; &amp; &quot;quoted&quot; label');
    expect(svg).not.toContain('<script>');
  });

  it.each<[string, PictureEvent[], number, string]>([
    [
      '1 every event with its dates, in date order',
      events,
      1024,
      'Timeline, 3 events: Sep 2022: The White House says Russia is buying shells; 22 Sep 2022: A <script> & "quoted" label; 7 Nov 2022 or 8 Nov 2022 (the sources differ): The statement denying arms deals',
    ],
    [
      '2 texts shortened so that every event fits',
      events,
      190,
      'Timeline, 3 events: Sep 2022: The White House says Russia is…; 22 Sep 2022: A <script> & "quoted" label; 7 Nov 2022 or 8 Nov 2022 (the sources differ): The statement denying arms deals',
    ],
    [
      '3 no room for every event even shortened: the rest counted',
      events,
      150,
      'Timeline, 3 events: Sep 2022: The White House says Ru…; 22 Sep 2022: A <script> & "quoted" l…; and 1 more',
    ],
  ])('describes the picture for screen readers: %s', (_, list, max, expected) => {
    const alt = timelineAlt(list, 'Timeline', max);
    expect(alt).toBe(expected);
    expect(alt.length).toBeLessThanOrEqual(max);
  });

  it('counts the events it has no room for', () => {
    const many = Array.from({ length: 200 }, (_, i) => ({
      dates: [at(`2022-01-${String((i % 28) + 1).padStart(2, '0')}`)],
      text: `Event number ${i} of a long story`,
    }));
    const alt = timelineAlt(many, 'Timeline');
    expect(alt.length).toBeLessThanOrEqual(1024);
    expect(alt).toMatch(/^Timeline, 200 events: 2022-01-01: .+; and \d+ more$/u);
  });

  it('draws any text users or articles supply: control characters, noncharacters, lone surrogates', () => {
    const odd = fc.oneof(
      hostileText(),
      fc.constantFrom('\u0007bell', '\uFFFF', '\uD800 half', '\u001b[31m', 'a\u0000b'),
    );
    fc.assert(
      fc.property(odd, odd, (title, text) => {
        const png = svgToPng(timelineSvg([{ dates: [at('2022-09-01', text)], text }], title));
        expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
        expect(timelineAlt([{ dates: [at('2022-09-01', text)], text }], title)).not.toMatch(/[^\P{Cc}]/u);
      }),
      { numRuns: 25 },
    );
  });

  it('renders to a PNG under 1 MB', () => {
    const png = svgToPng(svg);
    expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(png.length).toBeLessThan(1024 * 1024);
  });
});

describe('/timeline on the seeds draws its events', () => {
  let context: CommandContext;
  beforeAll(async () => {
    context = await loadContext('seeds');
  });

  it('one picture of every event, the November statement with two dates; a PNG under 1 MB, alt text within 1024', () => {
    const reply = runCommand(context, 'timeline', {});
    const picture = reply.picture as TimelinePicture;
    expect(picture.events).toHaveLength(reply.paging?.total ?? 0);
    const disputed = picture.events.filter((e) => e.dates.length > 1);
    expect(disputed.map((e) => e.dates.map((d) => d.date))).toEqual([['2022-11-07', '2022-11-08']]);
    const file = renderPicture(picture);
    expect([file.name, file.contentType, [...file.data.subarray(0, 8)]]).toEqual([
      'timeline.png',
      'image/png',
      PNG_SIGNATURE,
    ]);
    expect(file.data.length).toBeLessThan(1024 * 1024);
    expect(file.description.length).toBeLessThanOrEqual(1024);
    expect(file.description).toMatch(/^Timeline of the story, 14 events: Feb 2022: /u);
    expect(file.description).toContain('7 Nov 2022 or 8 Nov 2022 (the sources differ)');
  });

  it('no picture when there is no event', () => {
    expect(runCommand(context, 'timeline', { topic: 'jollof rice' }).picture).toBeUndefined();
  });
});
