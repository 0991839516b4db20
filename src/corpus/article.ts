import { type CleanArticle, cleanArticle } from './clean.ts';
import { splitLongLines } from './long-lines.ts';
import { splitSentences } from './sentences.ts';
import type { Article, ArticleMeta, Citation, Paragraph } from './types.ts';

/** A captured page's headline and paragraphs, as the story reads them. */
export const cleanPage = (raw: string): CleanArticle => cleanArticle(splitLongLines(raw));

/** Builds an article from its raw captured text: cleaned paragraphs, numbered from 1, with sentences. */
export function buildArticle(meta: ArticleMeta, raw: string): Article {
  const cleaned = cleanPage(raw);
  const paragraphs: Paragraph[] = cleaned.paragraphs.map((text, i) => ({
    articleId: meta.id,
    number: i + 1,
    text,
    sentences: splitSentences(text),
  }));
  // A page whose headline was not recognised is still cited by something a reader can find.
  return { meta, title: meta.title ?? (cleaned.title || `Article ${meta.id}`), paragraphs };
}

export function citationOf(article: Article, paragraph: number): Citation {
  return {
    articleId: article.meta.id,
    paragraph,
    title: article.title,
    published: article.meta.published,
    outlet: article.meta.outlet,
    url: article.meta.url,
  };
}
