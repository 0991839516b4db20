import type { Paragraph } from '../corpus/types.ts';
import { termOf, words } from '../language/text.ts';

/** One or two sentences of a paragraph, with the spans that match the question. */
export interface Snippet {
  readonly text: string;
  /** [start, end) character ranges into `text` of words that matched the question. */
  readonly marks: readonly (readonly [number, number])[];
}

/** Marks the words of `text` whose terms are among `wanted`. */
export function markTerms(text: string, wanted: ReadonlySet<string>): [number, number][] {
  const marks: [number, number][] = [];
  for (const word of words(text)) {
    const term = termOf(word);
    if (!term || !wanted.has(term)) continue;
    const last = marks.at(-1);
    if (last && last[1] === word.start) last[1] = word.end;
    else marks.push([word.start, word.end]);
  }
  return marks;
}

/**
 * The best one or two consecutive sentences for the question: the most question weight per
 * sentence, with a second sentence only when it adds terms the first lacks.
 */
export function bestSnippet(
  paragraph: Paragraph,
  weightOf: (term: string) => number,
  wanted: ReadonlySet<string>,
): Snippet {
  const sentenceTerms = paragraph.sentences.map(
    (s) => new Set(words(s.text).flatMap((w) => termOf(w) ?? [])),
  );
  const gain = (set: ReadonlySet<string>) => [...set].reduce((sum, t) => sum + weightOf(t), 0);
  let best = { from: 0, to: 0, score: -1 };
  sentenceTerms.forEach((set, i) => {
    const score = gain(set);
    if (score > best.score) best = { from: i, to: i, score };
    const next = sentenceTerms[i + 1];
    if (next) {
      const pair = gain(new Set([...set, ...next]));
      if (pair > score && pair > best.score && pair > gain(next)) best = { from: i, to: i + 1, score: pair };
    }
  });
  const first = paragraph.sentences[best.from];
  const last = paragraph.sentences[best.to];
  const text = first && last ? paragraph.text.slice(first.start, last.end) : paragraph.text;
  return { text, marks: markTerms(text, wanted) };
}
