// The sentence encoder reads text as pieces of words from its own vocabulary (a unigram model:
// each piece has a log-probability). The split is the one the Universal Sentence Encoder's
// TensorFlow.js tokenizer makes (tfjs-models, Apache-2.0), down to its quirks, so that the model
// sees the ids it was measured with: the most probable split by dynamic programming, a character
// outside the vocabulary as id 0, runs of those as one.

/** A vocabulary entry: the piece and its log-probability. */
export type Piece = readonly [piece: string, score: number];

// The first entries of the vocabulary are control symbols (padding, start, end…), never matched.
const RESERVED = 6;
// Word boundaries are written as this character in the vocabulary ("▁the").
const BOUNDARY = '\u2581';
const UNKNOWN = 0;

interface Node {
  readonly children: Map<string, Node>;
  /** Set where a piece ends: its length in characters, score and id. */
  end?: { readonly length: number; readonly score: number; readonly id: number };
}

const newNode = (): Node => ({ children: new Map() });

export interface PieceSplitter {
  /** The vocabulary ids of a text's pieces, in order. */
  encode(text: string): number[];
}

/** A splitter over the encoder's vocabulary. */
export function pieceSplitter(vocabulary: readonly Piece[]): PieceSplitter {
  const root = newNode();
  for (let id = RESERVED; id < vocabulary.length; id++) {
    const [piece, score] = vocabulary[id] ?? ['', 0];
    const chars = [...piece];
    let node = root;
    for (const c of chars) {
      let next = node.children.get(c);
      if (!next) {
        next = newNode();
        node.children.set(c, next);
      }
      node = next;
    }
    if (chars.length > 0) node.end = { length: chars.length, score, id };
  }
  // In UTF-16 units, as the original counts: the same as characters but for those beyond the
  // Basic Multilingual Plane (emoji).
  const lengthOf = (id: number) => vocabulary[id]?.[0].length ?? 1;

  return {
    encode(text) {
      const normal = text.normalize('NFKC');
      const chars = normal.length > 0 ? [...`${BOUNDARY}${normal.replaceAll(' ', BOUNDARY)}`] : [];
      // ends[e] lists the pieces that end at character e, by where they start.
      const ends: Map<number, { length: number; score: number; id: number }[]>[] = chars.map(() => new Map());
      ends.push(new Map());
      chars.forEach((first, start) => {
        const found: { length: number; score: number; id: number }[] = [];
        let node = root.children.get(first);
        for (let i = start; node; ) {
          if (node.end) found.push(node.end);
          const next = chars[++i];
          node = next === undefined ? undefined : node.children.get(next);
        }
        if (found.length === 0) found.push({ length: 1, score: 0, id: UNKNOWN });
        for (const piece of found) {
          const at = ends[start + piece.length];
          at?.set(start, [...(at.get(start) ?? []), piece]);
        }
      });
      const best = new Array<number>(chars.length + 1).fill(0);
      const ids = new Array<number>(chars.length + 1).fill(UNKNOWN);
      ends.forEach((byStart, end) => {
        for (const start of [...byStart.keys()].sort((a, b) => a - b)) {
          for (const piece of byStart.get(start) ?? []) {
            const score = piece.score + (best[end - piece.length] ?? 0);
            if (best[end] === 0 || score >= (best[end] ?? 0)) {
              best[end] = score;
              ids[end] = piece.id;
            }
          }
        }
      });
      const out: number[] = [];
      // Walked back by each piece's length in the vocabulary (as the original does, so an unknown
      // character steps back by the length of the vocabulary's entry 0).
      for (let i = ids.length - 1; i > 0; i -= lengthOf(ids[i] ?? UNKNOWN)) out.push(ids[i] ?? UNKNOWN);
      out.reverse();
      return out.filter((id, k) => !(id === UNKNOWN && out[k - 1] === UNKNOWN));
    },
  };
}
