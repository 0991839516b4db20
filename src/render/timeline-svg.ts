// A timeline as a picture: a date axis running down the left, each event a labelled mark at its
// date. An event the sources date differently is one label with a mark at each date, joined by a
// bracket, so a disagreement is seen, not only read. Pure: SVG text in, no I/O.
import type { PictureEvent } from '../commands/reply.ts';
import { stripControls } from './escape.ts';

const WIDTH = 1000;
const TOP = 84;
const ROW = 46;
// A further date of a disputed event sits this far below the one before.
const STEP = 34;
const AXIS_X = 200;
const LABEL_X = 236;
// Characters of an event's text at 15 px (about 8 px a character in 760 px). One line: laying out
// text is most of the time a picture takes (some 50 µs a character), so a second line would double it.
const LINE_CHARS = 88;
const FONT = 'font-family="DejaVu Sans"';
const ONE = '#0969da';
const DIFFER = '#cf222e';

/** Days since the epoch of an ISO date prefix ("2022-09", "2022-09-21"), at its first day. */
function dayOf(date: string): number {
  const [y = 1970, m = 1, d = 1] = date.split('-').map(Number);
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

// What XML cannot hold at all (a parse error, not a character): noncharacters, lone surrogates.
const NOT_XML = /[\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;

/** Text from articles or users as SVG text: no control characters, markup escaped. */
const escapeXml = (text: string) =>
  stripControls(text)
    .replace(NOT_XML, '')
    .replace(
      /[&<>"']/gu,
      (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c,
    );

const oneLine = (text: string) => stripControls(text).replace(/\s+/gu, ' ').trim();

function clip(text: string, max: number): string {
  const plain = oneLine(text);
  return plain.length <= max ? plain : `${plain.slice(0, max - 1).trimEnd()}…`;
}

const sortedDates = (e: PictureEvent) => [...e.dates].sort((a, b) => dayOf(a.date) - dayOf(b.date));

const text = (x: number, y: number, size: number, fill: string, body: string, extra = '') =>
  `<text x="${x}" y="${y}" ${FONT} font-size="${size}" fill="${fill}"${extra}>${escapeXml(body)}</text>`;

function legend(): string[] {
  const y = 60;
  return [
    `<circle cx="${AXIS_X}" cy="${y - 5}" r="6" fill="${ONE}"/>`,
    text(AXIS_X + 12, y, 13, '#57606a', 'an event at its date'),
    `<circle cx="${AXIS_X + 180}" cy="${y - 5}" r="6" fill="${DIFFER}"/>`,
    text(AXIS_X + 192, y, 13, '#57606a', 'one event its sources date differently'),
  ];
}

/**
 * The SVG of a timeline: one row per event in date order (rows evenly spaced, so labels never
 * overlap), its date on the axis; an event dated differently gets a mark for each date, one
 * under the other, joined by a bracket. A gap of more than a month is marked on the axis.
 */
export function timelineSvg(events: readonly PictureEvent[], title: string): string {
  const ordered = [...events].sort(
    (a, b) => dayOf(sortedDates(a)[0]?.date ?? '') - dayOf(sortedDates(b)[0]?.date ?? ''),
  );
  let y = TOP + 26;
  const rows = ordered.map((event) => {
    const marks = sortedDates(event).map((d, i) => ({ ...d, y: y + i * STEP }));
    y += ROW + (marks.length - 1) * STEP;
    return { event, marks };
  });
  const height = y;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    text(24, 34, 22, '#1f2328', clip(title, 70), ' font-weight="bold"'),
    ...legend(),
    `<line x1="${AXIS_X}" y1="${TOP}" x2="${AXIS_X}" y2="${height - 16}" stroke="#8c959f" stroke-width="2"/>`,
  ];
  let previous: number | undefined;
  for (const { event, marks } of rows) {
    const disputed = marks.length > 1;
    const colour = disputed ? DIFFER : ONE;
    const first = marks[0]?.y ?? 0;
    const day = dayOf(marks[0]?.date ?? '');
    if (previous !== undefined && day - previous > 31)
      parts.push(text(AXIS_X + 6, first - ROW / 2 + 5, 13, '#8c959f', '≈'));
    previous = dayOf(marks.at(-1)?.date ?? '');
    for (const mark of marks) {
      parts.push(
        text(AXIS_X - 14, mark.y + 5, 14, '#57606a', clip(mark.label, 24), ' text-anchor="end"'),
        `<circle cx="${AXIS_X}" cy="${mark.y}" r="7" fill="${colour}"/>`,
      );
    }
    if (disputed) {
      const last = marks.at(-1)?.y ?? first;
      parts.push(
        `<path d="M ${AXIS_X + 10} ${first} H ${AXIS_X + 22} V ${last} H ${AXIS_X + 10}" fill="none" stroke="${colour}" stroke-width="2"/>`,
      );
    }
    const label = clip(disputed ? `(dates differ) ${event.text}` : event.text, LINE_CHARS);
    parts.push(text(LABEL_X, first + 5, 15, '#1f2328', label));
  }
  parts.push('</svg>');
  return parts.join('\n');
}

/**
 * The picture's description for screen readers (Discord's alt text, at most `max` characters):
 * every event with its dates, in the picture's order, each text shortened as much as needed for
 * all to fit; events left over are counted.
 */
export function timelineAlt(events: readonly PictureEvent[], title: string, max = 1024): string {
  const ordered = [...events].sort(
    (a, b) => dayOf(sortedDates(a)[0]?.date ?? '') - dayOf(sortedDates(b)[0]?.date ?? ''),
  );
  const head = `${oneLine(title)}, ${events.length} event${events.length === 1 ? '' : 's'}: `;
  const entry = (e: PictureEvent, chars: number) => {
    const dates = sortedDates(e).map((d) => oneLine(d.label));
    const when = dates.length > 1 ? `${dates.join(' or ')} (the sources differ)` : (dates[0] ?? '');
    return `${when}: ${clip(e.text, chars)}`;
  };
  for (let chars = 160; chars >= 24; chars -= 8) {
    const all = head + ordered.map((e) => entry(e, chars)).join('; ');
    if (all.length <= max) return all;
  }
  const shown: string[] = [];
  for (const [i, e] of ordered.entries()) {
    const rest = ordered.length - i - 1;
    const next = [...shown, entry(e, 24)];
    if (`${head}${next.join('; ')}; and ${rest} more`.length > max) break;
    shown.push(entry(e, 24));
  }
  return `${head}${shown.join('; ')}; and ${ordered.length - shown.length} more`.slice(0, max);
}
