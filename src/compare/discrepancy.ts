import type { SourceRef } from '../corpus/types.ts';

export type DiscrepancyKind = 'name' | 'number' | 'date' | 'speaker' | 'wording';

/** One article's version: the value it gives and the sentence that gives it. */
export interface Side extends SourceRef {
  readonly value: string;
  readonly text: string;
}

/** A point on which articles reporting the same thing say different things. */
export interface Discrepancy {
  readonly kind: DiscrepancyKind;
  readonly about: string;
  readonly sides: readonly Side[];
}

/** A short quotation of text for an `about` line, cut at a word. */
export function shortQuote(text: string, max = 60): string {
  const flat = text.replace(/\s+/gu, ' ').replace(/^[\s"'“”‘’«»]+|[\s"'“”‘’«»]+$/gu, '');
  if (flat.length <= max) return `“${flat}”`;
  const cut = flat.slice(0, max);
  return `“${cut.slice(0, Math.max(cut.lastIndexOf(' '), 1))} …”`;
}
