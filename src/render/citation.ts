import type { Citation } from '../corpus/types.ts';
import type { Snippet } from '../retrieval/snippet.ts';

/** "002 ¶5"; paragraph 0 stands for the whole article. */
export function refLabel(c: Pick<Citation, 'articleId' | 'paragraph'>): string {
  return c.paragraph > 0 ? `${c.articleId} ¶${c.paragraph}` : c.articleId;
}

/** "002 ¶5 · North Korea dismisses… · 2022-11-08", then the other sources of the same passage. */
export function citationLine(citations: readonly Citation[]): string {
  const [first, ...rest] = citations;
  if (!first) return '';
  const outlet = first.outlet ? ` · ${first.outlet}` : '';
  const also = rest.length > 0 ? ` (also in ${rest.map(refLabel).join(', ')})` : '';
  return `${refLabel(first)} · ${first.title}${outlet} · ${first.published}${also}`;
}

/** Wraps the marked spans of a snippet, escaping the rest with `escape`. */
export function markSnippet(
  snippet: Snippet,
  escapeText: (text: string) => string,
  open: string,
  close: string,
): string {
  let out = '';
  let at = 0;
  for (const [start, end] of snippet.marks) {
    out +=
      escapeText(snippet.text.slice(at, start)) + open + escapeText(snippet.text.slice(start, end)) + close;
    at = end;
  }
  return out + escapeText(snippet.text.slice(at));
}
