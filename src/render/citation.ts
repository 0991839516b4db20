import type { Citation } from '../corpus/types.ts';
import type { Snippet } from '../retrieval/snippet.ts';

/** "002 ¶5"; paragraph 0 stands for the whole article. */
export function refLabel(c: Pick<Citation, 'articleId' | 'paragraph'>): string {
  return c.paragraph > 0 ? `${c.articleId} ¶${c.paragraph}` : c.articleId;
}

/** How a renderer shows the parts of a citation: article text escaped, references its own way. */
export interface CitationStyle {
  /** Escapes text that came from an article or the manifest (titles, outlets). */
  readonly text: (text: string) => string;
  /** Shows a reference ("002 ¶5"): plain, or as the bot's own link to the article. */
  readonly ref: (c: Citation) => string;
}

/** "002 ¶5 · North Korea dismisses… · 2022-11-08", then the other sources of the same passage. */
export function citationLine(citations: readonly Citation[], style: CitationStyle): string {
  const [first, ...rest] = citations;
  if (!first) return '';
  const outlet = first.outlet ? ` · ${style.text(first.outlet)}` : '';
  const also = rest.length > 0 ? ` (also in ${rest.map(style.ref).join(', ')})` : '';
  return `${style.ref(first)} · ${style.text(first.title)}${outlet} · ${first.published}${also}`;
}

/**
 * The manifest's URL of an article as a link target, or undefined when it is not a plain web
 * address. Characters that would end a Discord link early are percent-encoded; user text never
 * reaches here.
 */
export function linkTarget(url: string | undefined): string | undefined {
  if (!url || !URL.canParse(url)) return undefined;
  const parsed = new URL(url);
  if (!/^https?:$/u.test(parsed.protocol) || parsed.username || parsed.password) return undefined;
  return parsed.href.replace(/[()<>\s[\]]/gu, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
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
