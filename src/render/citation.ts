import { sourceLabel } from '../commands/reply.ts';
import type { Citation } from '../corpus/types.ts';
import type { Snippet } from '../retrieval/snippet.ts';
import { escapeDiscord, escapeTerminal } from './escape.ts';
import { cutUnits } from './limits.ts';

// Manifest text is clipped so that a citation stays one short line beside the passage it cites.
const TITLE_MAX = 100;
const OUTLET_MAX = 60;
// A longer address is left unlinked rather than let it crowd out the passage.
const URL_MAX = 300;

/** One article a passage is cited from, as a reader sees it: manifest text on one line, clipped. */
export interface CitedArticle {
  /** "002 para. 5", or "002 para. 4, 9" for several paragraphs of one article. */
  readonly ref: string;
  readonly title: string;
  readonly outlet: string | undefined;
  readonly published: string;
  /** A safe link target, or undefined when the manifest gives no plain web address. */
  readonly url: string | undefined;
}

function oneLine(text: string, max: number): string {
  const line = text.replace(/\s+/gu, ' ').trim();
  return line.length <= max ? line : `${cutUnits(line, max - 1).trimEnd()}…`;
}

/**
 * The manifest's URL of an article as a link target, or undefined when it is not a plain web
 * address. Characters that would end a Discord link early are percent-encoded; user text never
 * reaches here.
 */
/** "002 para. 5" for one paragraph; the article id alone for the whole article (paragraph 0). */
export function refLabel(c: { readonly articleId: string; readonly paragraph: number }): string {
  return c.paragraph > 0 ? `${c.articleId} para. ${c.paragraph}` : c.articleId;
}

export function linkTarget(url: string | undefined): string | undefined {
  if (!url || !URL.canParse(url)) return undefined;
  const parsed = new URL(url);
  if (!/^https?:$/u.test(parsed.protocol) || parsed.username || parsed.password) return undefined;
  const href = parsed.href.replace(
    /[()<>\s[\]]/gu,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
  return href.length <= URL_MAX ? href : undefined;
}

/**
 * The articles a passage is cited from, each once with its paragraphs ("002 para. 4, 9"), in the
 * order first cited: the first source's article first, its passage first among them.
 */
export function citedArticles(citations: readonly Citation[]): CitedArticle[] {
  const byArticle = new Map<string, Citation[]>();
  for (const c of citations) byArticle.set(c.articleId, [...(byArticle.get(c.articleId) ?? []), c]);
  return [...byArticle.values()].flatMap((group) => {
    const [head] = group;
    if (!head) return [];
    const paragraphs = group.map((c) => c.paragraph).filter((p) => p > 0);
    const ref =
      paragraphs.length > 0
        ? `${sourceLabel(head)}${paragraphs
            .slice(1)
            .map((p) => `, ${p}`)
            .join('')}`
        : head.articleId;
    return [
      {
        ref,
        title: oneLine(head.title, TITLE_MAX),
        outlet: head.outlet ? oneLine(head.outlet, OUTLET_MAX) : undefined,
        published: head.published,
        url: linkTarget(head.url),
      },
    ];
  });
}

// A masked link's label may not hold brackets: one would end the label early.
const label = (text: string) => escapeDiscord(text.replace(/\[/gu, '(').replace(/\]/gu, ')'));
const link = (text: string, url: string | undefined) =>
  url ? `[${label(text)}](<${url}>)` : escapeDiscord(text);

/**
 * A citation in Discord: "002 para. 5 · [title](<url>) · outlet · 2022-11-08 (also in [003 para.
 * 4](<url>), outlet; 004 para. 2)". The title links the article when the manifest gives its URL;
 * the links are the bot's own, built from the manifest apart from the escaped text (angle
 * brackets: no preview under the answer). Other articles are left out, counted, while the line
 * is longer than `max`.
 */
export function discordCitation(citations: readonly Citation[], max = 600): string {
  const [first, ...also] = citedArticles(citations);
  if (!first) return '';
  const other = (a: CitedArticle) => `${link(a.ref, a.url)}${a.outlet ? `, ${escapeDiscord(a.outlet)}` : ''}`;
  let line = '';
  for (let shown = also.length; shown >= 0; shown -= 1) {
    const more = also.length - shown;
    const others = [...also.slice(0, shown).map(other), ...(more > 0 ? [`${more} more`] : [])];
    const outlet = first.outlet ? ` · ${escapeDiscord(first.outlet)}` : '';
    const tail = others.length > 0 ? ` (also in ${others.join('; ')})` : '';
    line = `${escapeDiscord(first.ref)} · ${link(first.title, first.url)}${outlet} · ${first.published}${tail}`;
    if (line.length <= max) return line;
  }
  return line;
}

/** A citation in the terminal: one line per article, with its outlet and address when known. */
export function terminalCitation(citations: readonly Citation[]): string[] {
  return citedArticles(citations).map((a, i) => {
    const parts = [a.ref, a.title, a.outlet, a.published, a.url].filter((p): p is string => Boolean(p));
    return `${i === 0 ? '' : 'also in '}${escapeTerminal(parts.join(' · '))}`;
  });
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
