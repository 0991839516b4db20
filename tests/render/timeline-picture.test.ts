import { describe, expect, it } from 'vitest';
import { svgToPng } from '../../src/render/png.ts';
import { timelineAlt, timelineSvg } from '../../src/render/timeline-svg.ts';

const points = [
  { dates: ['2022-11-07', '2022-11-08'], label: 'The statement denying arms deals' },
  { dates: ['2022-09'], label: 'The White House says Russia is buying shells' },
  { dates: ['2022-09-22'], label: 'A <script> & "quoted" label' },
];

describe('the timeline picture', () => {
  const svg = timelineSvg(points, 'Timeline');

  it('puts one mark per date, in date order, and a bracket joining the dates an event is given', () => {
    expect(svg.match(/<circle /gu)).toHaveLength(4);
    expect(svg.match(/<path /gu)).toHaveLength(1);
    const dates = [...svg.matchAll(/text-anchor="end"[^>]*>([^<]+)</gu)].map((m) => m[1]);
    expect(dates).toEqual(['2022-09', '2022-09-22', '2022-11-07', '2022-11-08']);
    expect(svg).toContain('The statement denying arms deals (dates differ)');
  });

  it('escapes the articles’ text', () => {
    expect(svg).toContain('A &lt;script&gt; &amp; &quot;quoted&quot; label');
    expect(svg).not.toContain('<script>');
  });

  it('describes every event with its dates for screen readers', () => {
    expect(timelineAlt(points)).toBe(
      '2022-11-07 or 2022-11-08: The statement denying arms deals; 2022-09: The White House says Russia is buying shells; 2022-09-22: A <script> & "quoted" label',
    );
    expect(timelineAlt(points, 40)).toHaveLength(40);
  });

  it('renders to a PNG under 1 MB', () => {
    const png = svgToPng(svg);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.length).toBeLessThan(1024 * 1024);
  });
});
