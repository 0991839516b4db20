import type { Article, Paragraph } from '../corpus/types.ts';
import { dashQuotesIn } from './dash-quotes.ts';
import { DAY_OR_MONTH } from './phrases.ts';

/** Direct: a whole quoted statement. Partial: quoted words inside reported speech. Reported: no marks. */
export type QuoteKind = 'direct' | 'partial' | 'reported';

/** A quotation found in a paragraph; offsets are into the paragraph's text. */
export interface QuoteSpan {
  readonly articleId: string;
  readonly paragraph: number;
  readonly kind: QuoteKind;
  /** The quoted words; the parts of a quote split around its attribution are joined by " … ". */
  readonly text: string;
  /** From the opening mark to the closing mark (the clause, for reported speech). */
  readonly start: number;
  readonly end: number;
  /** Reported speech only: where its speech verb starts, since the speaker stands before it. */
  readonly verbAt?: number;
  /** A quote split around its attribution: where its first part closes, the attribution follows. */
  readonly splitAt?: number;
}

/** A quotation with the words naming its speaker, as the article wrote them (pronouns resolved). */
export interface Attributed extends QuoteSpan {
  /** Undefined when the text names nobody: such a quote is unattributed, never guessed. */
  readonly mention: string | undefined;
  /** How sure the attribution is, 0..1: explicit news patterns highest, resolved pronouns lower. */
  readonly confidence: number;
  /** For words credited to a statement ("the statement added"), who made the statement. */
  readonly voice?: string | undefined;
}

interface Marked {
  start: number;
  end: number;
  inner: string;
}

const isLetter = (c: string) => /\p{L}/u.test(c);
const DOUBLE_OPEN = new Set(['“', '„', '«', '"']);
// Inside a double quote any double mark closes it: translations close with “ or " as often as ”.
const DOUBLE_CLOSE = new Set(['”', '“', '»', '"']);
const APOSTROPHES = new Set(['’', "'"]);

/** Top-level quoted spans; single quotes nested in double ones stay part of the outer quote. */
export function markedSpans(text: string): Marked[] {
  const out: Marked[] = [];
  let open: { kind: 'double' | 'single'; at: number } | undefined;
  const close = (end: number, markLength: number) => {
    if (open) out.push({ start: open.at, end: end + markLength, inner: text.slice(open.at + 1, end) });
    open = undefined;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    const next = text[i + 1] ?? '';
    if (!open) {
      if (DOUBLE_OPEN.has(c)) open = { kind: 'double', at: i };
      // An opening single mark follows a space or bracket; after a letter it is an apostrophe.
      else if ((c === '‘' || c === "'") && !isLetter(text[i - 1] ?? '') && isLetter(next))
        open = { kind: 'single', at: i };
    } else if (open.kind === 'double') {
      // Some outlets close with two apostrophes (’’) instead of ”.
      if (APOSTROPHES.has(c) && APOSTROPHES.has(next)) close(i++, 2);
      else if (DOUBLE_CLOSE.has(c)) close(i, 1);
    } else if ((c === '’' || c === "'") && !isLetter(next)) close(i, 1);
  }
  // A quote still open at the paragraph's end runs on into the next paragraph, as news style does.
  if (open?.kind === 'double' && text.length - open.at > 20)
    out.push({ start: open.at, end: text.length, inner: text.slice(open.at + 1) });
  return out;
}

/** Words of a quoted name rather than speech ("the “Vigilant Storm” exercise"): all capitalised, no clause. */
function isName(inner: string): boolean {
  const words = inner.trim().split(/\s+/u);
  return words.length <= 4 && words.every((w) => /^[\p{Lu}\p{N}]/u.test(w)) && !/[.,!?;]/u.test(inner);
}

const clean = (inner: string) => inner.replace(/[\s,;:.]+$/u, '').trim();

// Text between two parts of one quote: an attribution with a speech verb, ending in a comma or colon.
const SPLIT_ATTRIBUTION =
  /^\s*[^.!?“”"]{1,100}\b(?:said|says|added|continued|explained|told [a-z]+)\b[^.!?“”"]{0,60}[,:]\s*$/u;

/** Quotations in quote marks, split quotes rejoined. */
function quotedIn(paragraph: Paragraph): QuoteSpan[] {
  const { text, articleId, number } = paragraph;
  const spans = markedSpans(text).filter((s) => s.inner.trim().length > 0 && !isName(s.inner));
  const out: QuoteSpan[] = [];
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i];
    if (!span) continue;
    const before = text.slice(0, span.start);
    const direct = /^\s*\p{Lu}/u.test(span.inner) || /(?:^|[,:.!?])\s*$/u.test(before);
    const quote = { articleId, paragraph: number, kind: direct ? ('direct' as const) : ('partial' as const) };
    const next = spans[i + 1];
    if (next && /,\s*$/u.test(span.inner) && SPLIT_ATTRIBUTION.test(text.slice(span.end, next.start))) {
      out.push({
        ...quote,
        text: `${clean(span.inner)} … ${clean(next.inner)}`,
        start: span.start,
        end: next.end,
        splitAt: span.end,
      });
      i++;
    } else out.push({ ...quote, text: clean(span.inner), start: span.start, end: span.end });
  }
  return [...out, ...dashQuotesIn(paragraph, spans)].sort((a, b) => a.start - b.start);
}

// Speech verb, then optional adverbials, then the reported clause: "that …", or for say-verbs a
// clause starting with a subject ("He said the United States would …").
const REPORTED = new RegExp(
  `\\b(?:(?:said|says|stressed|noted|warned|claimed|explained|indicated|confirmed|insisted|added|stated|announced)(?:\\s+(?:earlier|later|also|again|on ${DAY_OR_MONTH}|in ${DAY_OR_MONTH}|in a statement|at the time|last (?:week|month)))*\\s*,?\\s+that\\b,?|(?<=\\bwho )(?:said|says)(?=\\s+\\p{L})|(?<!not |n’t |n't )(?:said|says)(?=\\s+(?:the|a|an|it|they|he|she|we|its|their|his|her|our|all|some|most|many|every|each|both|no|none|nobody|there|\\d[\\d,.]*|\\p{Lu}[\\p{L}.]*)\\s))`,
  'gu',
);

/** Reported speech in sentences without quote marks: "X said that …". */
function reportedIn(paragraph: Paragraph, quoted: readonly QuoteSpan[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  for (const sentence of paragraph.sentences) {
    if (quoted.some((q) => q.start < sentence.end && q.end > sentence.start)) continue;
    const match = REPORTED.exec(sentence.text);
    REPORTED.lastIndex = 0;
    if (!match) continue;
    const from = match.index + match[0].length;
    // A trailing source ("…, state media reported") belongs to the attribution, not the clause.
    const clause = sentence.text
      .slice(from)
      .replace(/,[^,]{1,60}\b(?:reported|said)[.\s]*$/u, '')
      .replace(/[.\s]+$/u, '')
      .trim();
    if (clause.split(/\s+/u).length < 4) continue;
    const start = sentence.start + sentence.text.indexOf(clause, from);
    out.push({
      articleId: paragraph.articleId,
      paragraph: paragraph.number,
      kind: 'reported',
      text: clause,
      start,
      end: start + clause.length,
      verbAt: sentence.start + match.index,
    });
  }
  return out;
}

/** Every quotation of an article, in reading order. */
export function extractQuotes(article: Article): QuoteSpan[] {
  return article.paragraphs.flatMap((paragraph) => {
    const quoted = quotedIn(paragraph);
    return [...quoted, ...reportedIn(paragraph, quoted)].sort((a, b) => a.start - b.start);
  });
}
