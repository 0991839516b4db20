// A timeline as a picture: a date axis running down the left, each event a labelled mark at its
// date. An event the sources date differently is one label with a mark at each date, joined by a
// bracket, so a disagreement is seen, not only read. Pure: SVG text in, no I/O.

/** One event to draw: its dates (ISO prefixes, one unless the sources disagree) and its label. */
export interface TimelinePoint {
  readonly dates: readonly string[];
  readonly label: string;
}

const WIDTH = 1000;
const TOP = 60;
const ROW = 46;
const AXIS_X = 150;
const LABEL_X = 190;
const LABEL_CHARS = 88;

/** Days since the epoch of an ISO date prefix ("2022-09", "2022-09-21"), at its first day. */
function dayOf(date: string): number {
  const [y = 1970, m = 1, d = 1] = date.split('-').map(Number);
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

const escapeXml = (text: string) =>
  text.replace(
    /[&<>"']/gu,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c,
  );

function clip(text: string): string {
  const plain = text.replace(/\s+/gu, ' ').trim();
  return plain.length <= LABEL_CHARS ? plain : `${plain.slice(0, LABEL_CHARS - 1).trimEnd()}…`;
}

/**
 * The SVG of a timeline: one row per event in date order (rows evenly spaced, so labels never
 * overlap), its date on the axis; an event dated differently gets a mark for each date, one
 * under the other, joined by a bracket.
 */
export function timelineSvg(points: readonly TimelinePoint[], title: string): string {
  const ordered = [...points].sort((a, b) => dayOf(a.dates[0] ?? '') - dayOf(b.dates[0] ?? ''));
  let y = TOP + 20;
  const rows = ordered.map((point) => {
    const dates = [...point.dates].sort((a, b) => dayOf(a) - dayOf(b));
    const marks = dates.map((date, i) => ({ date, y: y + i * ROW * 0.7 }));
    y += ROW + (dates.length - 1) * ROW * 0.7;
    return { point, marks };
  });
  const height = y + 20;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="24" y="36" font-family="DejaVu Sans" font-size="22" font-weight="bold" fill="#1f2328">${escapeXml(clip(title))}</text>`,
    `<line x1="${AXIS_X}" y1="${TOP}" x2="${AXIS_X}" y2="${height - 20}" stroke="#8c959f" stroke-width="2"/>`,
  ];
  let previous: number | undefined;
  for (const { point, marks } of rows) {
    const disputed = marks.length > 1;
    const colour = disputed ? '#cf222e' : '#0969da';
    const first = marks[0]?.y ?? 0;
    // A gap of more than a month between neighbouring events is marked on the axis.
    const day = dayOf(marks[0]?.date ?? '');
    if (previous !== undefined && day - previous > 31) {
      parts.push(
        `<text x="${AXIS_X + 4}" y="${first - ROW / 2 + 5}" font-family="DejaVu Sans" font-size="13" fill="#8c959f">≈</text>`,
      );
    }
    previous = dayOf(marks.at(-1)?.date ?? '');
    for (const mark of marks) {
      parts.push(
        `<text x="${AXIS_X - 14}" y="${mark.y + 5}" text-anchor="end" font-family="DejaVu Sans" font-size="14" fill="#57606a">${escapeXml(mark.date)}</text>`,
        `<circle cx="${AXIS_X}" cy="${mark.y}" r="7" fill="${colour}"/>`,
      );
    }
    if (disputed) {
      const last = marks.at(-1)?.y ?? first;
      parts.push(
        `<path d="M ${AXIS_X + 10} ${first} H ${AXIS_X + 22} V ${last} H ${AXIS_X + 10}" fill="none" stroke="${colour}" stroke-width="2"/>`,
      );
    }
    const label = disputed ? `${clip(point.label)} (dates differ)` : clip(point.label);
    parts.push(
      `<text x="${LABEL_X}" y="${first + 5}" font-family="DejaVu Sans" font-size="15" fill="#1f2328">${escapeXml(label)}</text>`,
    );
  }
  parts.push('</svg>');
  return parts.join('\n');
}

/** The picture's description for screen readers: every event with its dates, in order. */
export function timelineAlt(points: readonly TimelinePoint[], max = 1024): string {
  const text = points.map((p) => `${p.dates.join(' or ')}: ${clip(p.label)}`).join('; ');
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
