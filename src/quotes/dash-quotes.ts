import type { Paragraph } from '../corpus/types.ts';

/** A quotation as quotes.ts keeps it (declared here so that the two files do not import each other). */
interface DashQuote {
  readonly articleId: string;
  readonly paragraph: number;
  readonly kind: 'direct';
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

// Quotations opened by a dash, as Scandinavian, Polish and other European papers and their
// translations write them: "– We stopped all deliveries, says Liv Hafsten, daily leader of the
// importer. – We are a small firm." A dash that opens the paragraph or a sentence, before a
// capital, opens speech; it runs to the attribution (", says …"), else to the next such dash or
// the paragraph's end.
const DASH_OPEN = /(?:^|(?<=[.!?]\s))[–—]\s+(?=\p{Lu})/gu;
const ATTRIBUTION =
  /,\s+(?:says|said|tells|told|adds|added|explains|explained|confirms|confirmed|informs|informed|writes|wrote)\s/u;
const SAYS =
  /\b(?:says|said|tells|told|adds|added|explains|explained|confirms|confirmed|informs|informed)\b/u;
const MIN_WORDS = 4;

/** Dash-opened quotations of a paragraph, outside the spans already quoted with marks. */
export function dashQuotesIn(
  paragraph: Paragraph,
  marked: readonly { start: number; end: number }[],
): DashQuote[] {
  const { text, articleId, number } = paragraph;
  // A paragraph of dash quotes says who speaks; one that says nobody does ("— Reporting by …;
  // editing by …", a list) holds no speech.
  if (!SAYS.test(text)) return [];
  const opens = [...text.matchAll(DASH_OPEN)];
  return opens.flatMap((open, k) => {
    const start = open.index + open[0].length;
    const segmentEnd = opens[k + 1]?.index ?? text.length;
    const segment = text.slice(start, segmentEnd);
    // "– Sign of Russia's shortages –": a heading set between dashes is no speech.
    if (/\s[–—]\s*$/u.test(segment)) return [];
    const attribution = ATTRIBUTION.exec(segment);
    const speech = segment.slice(0, attribution?.index ?? segment.length).trim();
    const end = start + speech.length;
    const overlaps = marked.some((m) => m.start < end && m.end > open.index);
    if (overlaps || speech.split(/\s+/u).length < MIN_WORDS) return [];
    const quoted = speech.replace(/[\s,;:.]+$/u, '');
    return [{ articleId, paragraph: number, kind: 'direct' as const, text: quoted, start: open.index, end }];
  });
}
