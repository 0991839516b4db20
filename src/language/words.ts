import { americanSpelling } from './resources/lexicon.ts';
import { wordMemo } from './resources/word-memo.ts';

// Dotted acronyms ("U.S."), words with inner hyphens or apostrophes ("Kim Jong-un", "doesn't"), numbers.
const WORD =
  /(?:\p{Lu}\.){2,}|\p{L}[\p{L}\p{M}\p{N}]*(?:['’-]\p{L}[\p{L}\p{M}\p{N}]*)*|\p{N}+(?:[.,]\p{N}+)*/gu;
const ACRONYM = /^(?:(?:\p{Lu}\.){2,}|\p{Lu}{2,6})$/u;

export interface Word {
  /** Lower case, no dots, British spellings made American. */
  readonly norm: string;
  /** Upper-case acronym as written ("US", "DPRK"): kept whole, never dropped as a stop word. */
  readonly acronym: boolean;
  readonly start: number;
  readonly end: number;
}

/** Splits text into words with offsets; compound parts of three letters or more are split too. */
export function words(text: string): Word[] {
  const chunks: { start: number; analysis: Chunk }[] = [];
  let letters = 0;
  let upper = 0;
  for (let start = 0, end = 0; start < text.length; start = end + 1) {
    end = start;
    while (end < text.length && !isSpace(text.charCodeAt(end))) end++;
    if (end === start) continue;
    const analysis = chunkOf(text.slice(start, end));
    chunks.push({ start, analysis });
    letters += analysis.letters;
    upper += analysis.upper;
  }
  // In text written in capitals ("NORTH KOREA DENIES"), a short capitalised word is no acronym.
  const shouting = letters > 12 && upper / letters > 0.6;
  const out: Word[] = [];
  for (const { start, analysis } of chunks) {
    for (const piece of analysis.pieces) {
      const acronym = piece.acronym !== undefined && !shouting;
      const norm = acronym ? (piece.acronym ?? piece.norm) : piece.norm;
      out.push({ norm, acronym, start: start + piece.from, end: start + piece.to });
    }
  }
  return out;
}

// Words never span white space, so text is cut at spaces first and each chunk ("“unfounded”,")
// is analysed once: the Unicode word pattern is the costly part, and chunks recur endlessly.
function isSpace(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 160 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x3000
  );
}

/** The words of a chunk of text between spaces, and how many of its letters are capitals. */
interface Chunk {
  readonly pieces: readonly Piece[];
  readonly letters: number;
  readonly upper: number;
}

/** A word of one chunk, with offsets into the chunk. */
interface Piece {
  readonly norm: string;
  /** The word's form as an acronym, when it is shaped like one (unless the text is shouting). */
  readonly acronym: string | undefined;
  readonly from: number;
  readonly to: number;
}

// Text is split at spaces first: a chunk ("Pyongyang's") recurs across passages and questions.
const chunkOf = wordMemo((chunk): Chunk => {
  const pieces: Piece[] = [];
  for (const match of chunk.matchAll(WORD)) {
    for (const p of analyse(match[0]))
      pieces.push({ ...p, from: p.from + match.index, to: p.to + match.index });
  }
  return {
    pieces,
    letters: chunk.match(/\p{L}/gu)?.length ?? 0,
    upper: chunk.match(/\p{Lu}/gu)?.length ?? 0,
  };
}, 200_000);

function analyse(token: string): Piece[] {
  const raw = /['’]s$/u.test(token) ? token.slice(0, -2) : token;
  const end = token.length;
  const negated = /^(\p{L}+)n['’]t$/u.exec(raw);
  if (negated?.[1]) {
    // "doesn't" is "does" and "not"; "won't" and "can't" are "will not" and "can not".
    const base = negated[1].toLowerCase();
    return [piece(CONTRACTED[base] ?? base, false, 0, end - 3), piece('not', false, end - 3, end)];
  }
  const isAcronym = (text: string) => text.length > 1 && text.length <= 8 && ACRONYM.test(text);
  const parts = raw.split('-');
  // "US-ROK", "Russian-backed", and names ("Kim Jong-un", which users write "Jong Un") split.
  const name = /^\p{Lu}/u.test(raw);
  if (parts.length > 1 && parts.every((p) => p.length >= 3 || name || /^\p{Lu}{2,}$/u.test(p))) {
    let at = 0;
    return parts.map((part) => {
      at += part.length + 1;
      return piece(part, isAcronym(part), at - part.length - 1, at - 1);
    });
  }
  return [piece(raw.replace(/-/g, ''), isAcronym(raw), 0, end)];
}

const CONTRACTED: Readonly<Record<string, string>> = { wo: 'will', ca: 'can', sha: 'shall' };

function piece(raw: string, acronymShaped: boolean, from: number, to: number): Piece {
  const lower = raw.replace(/\./g, '').toLowerCase().replace(/’/g, "'");
  return { norm: americanSpelling(lower), acronym: acronymShaped ? lower : undefined, from, to };
}
