import type { Sentence } from './types.ts';

// Words after which a full stop does not end a sentence (titles, months, Latin shorthands).
const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof gen lt col maj capt sgt sen rep gov pres st jr sr vs etc no jan feb mar apr jun jul aug sep sept oct nov dec e.g i.e'.split(
    ' ',
  ),
);

// A candidate boundary: terminal punctuation, any closing quotes or brackets, then white space.
const BOUNDARY = /[.!?…]+["'”’»)\]]*(?=\s+)/gu;
// What may open the next sentence: a capital, a digit, or an opening quote or bracket.
const NEXT_START = /^\s+["'“‘«([]*[\p{Lu}\p{N}]/u;

function isAbbreviation(before: string): boolean {
  const word = /(\S+)$/u.exec(before)?.[1] ?? '';
  const bare = word.replace(/^["'“‘(]+/u, '').toLowerCase();
  // Dotted initials such as "U.S" or "J" keep their full stop.
  if (/^(?:\p{L}\.)*\p{L}$/u.test(bare) && bare.replace(/\./g, '').length <= 3 && bare.length > 0) {
    return bare.length === 1 || bare.includes('.');
  }
  return ABBREVIATIONS.has(bare);
}

/** Splits a paragraph into sentences, keeping character offsets into the paragraph. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  for (const match of text.matchAll(BOUNDARY)) {
    const end = match.index + match[0].length;
    const rest = text.slice(end);
    if (!NEXT_START.test(rest)) continue;
    if (match[0].startsWith('.') && match[0].length === 1 && isAbbreviation(text.slice(start, match.index)))
      continue;
    pushTrimmed(sentences, text, start, end);
    start = end;
  }
  pushTrimmed(sentences, text, start, text.length);
  return sentences;
}

function pushTrimmed(out: Sentence[], text: string, from: number, to: number): void {
  let start = from;
  let end = to;
  while (start < end && /\s/u.test(text[start] ?? '')) start++;
  while (end > start && /\s/u.test(text[end - 1] ?? '')) end--;
  if (end > start) out.push({ text: text.slice(start, end), start, end });
}
