import { join, resolve } from 'node:path';
import { buildArticle } from './article.ts';
import { CorpusError } from './errors.ts';
import { decodeUtf8, readRegularFile } from './files.ts';
import { describeIssues, manifestSchema } from './manifest.ts';
import { normalizeText } from './normalize.ts';
import type { Article, ArticleMeta, Corpus } from './types.ts';

export { CorpusError } from './errors.ts';

export const MANIFEST_FILE = 'manifest.json';
// BM25 needs a few passages for its document frequencies to mean anything.
export const MIN_PASSAGES = 3;

/** How much a corpus may hold, each limit changed by the environment variable named with it. */
export interface CorpusLimits {
  /** MAX_ARTICLE_BYTES: the size of one article file (news articles are a few tens of KB). */
  readonly maxArticleBytes: number;
  /** MAX_ARTICLES: the articles in the manifest (1,000 index in under 2 s and 210 MB). */
  readonly maxArticles: number;
}

export const DEFAULT_LIMITS: CorpusLimits = { maxArticleBytes: 1_000_000, maxArticles: 1_000 };

export interface LoadOptions extends Partial<CorpusLimits> {
  /** The present moment, against which publication dates are checked (tests fix it). */
  readonly now?: Date;
}

const HOUR = 3_600_000;

/**
 * Today's date where it is latest on Earth (UTC+14): an article published today in any time
 * zone is never "in the future", while a mistyped year always is.
 */
export function latestToday(now: Date): string {
  return new Date(now.getTime() + 14 * HOUR).toISOString().slice(0, 10);
}

export async function readManifest(dir: string, options: LoadOptions = {}): Promise<ArticleMeta[]> {
  const path = join(dir, MANIFEST_FILE);
  const text = decodeUtf8(await readRegularFile(path, 'Manifest'), path);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new CorpusError(`${path}: not valid JSON (${(error as Error).message}).`);
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) {
    throw new CorpusError(`${path}: invalid manifest.\n${describeIssues(parsed.error)}`);
  }
  const { articles } = parsed.data;
  const max = options.maxArticles ?? DEFAULT_LIMITS.maxArticles;
  if (articles.length > max) {
    throw new CorpusError(
      `${path}: ${articles.length} articles listed, over the limit of ${max}; remove some or raise MAX_ARTICLES.`,
    );
  }
  const today = latestToday(options.now ?? new Date());
  const seen = new Set<string>();
  for (const meta of articles) {
    if (meta.published > today) {
      throw new CorpusError(
        `${path}: article "${meta.id}" is published ${meta.published}, after today (${today}); fix its "published" date.`,
      );
    }
    for (const [key, value] of [
      ['id', meta.id],
      ['file', meta.file],
    ] as const) {
      const mark = `${key}:${value}`;
      if (seen.has(mark))
        throw new CorpusError(`${path}: duplicate ${key} "${value}"; each article needs its own.`);
      seen.add(mark);
    }
  }
  return articles;
}

/** Reads the manifest and every article it lists; throws CorpusError with a fixable message. */
export async function loadCorpus(dirInput: string, options: LoadOptions = {}): Promise<Corpus> {
  const dir = resolve(dirInput);
  const metas = await readManifest(dir, options);
  const limit = {
    bytes: options.maxArticleBytes ?? DEFAULT_LIMITS.maxArticleBytes,
    variable: 'MAX_ARTICLE_BYTES',
  };
  const articles: Article[] = [];
  for (const meta of metas) {
    const path = join(dir, meta.file);
    const what = `Article "${meta.id}" (listed in ${MANIFEST_FILE}):`;
    // Articles are matched in the same normal form as questions (see normalizeText).
    const raw = normalizeText(decodeUtf8(await readRegularFile(path, what, limit), path));
    if (raw.trim() === '') throw new CorpusError(`${path}: the article "${meta.id}" is empty.`);
    const article = buildArticle(meta, raw);
    if (article.paragraphs.length === 0) {
      throw new CorpusError(`${path}: no paragraph of story text was found in article "${meta.id}".`);
    }
    articles.push(article);
  }
  const passages = articles.reduce((n, a) => n + a.paragraphs.length, 0);
  if (passages < MIN_PASSAGES) {
    throw new CorpusError(
      `${dir}: only ${passages} passage(s) in the corpus; the index needs at least ${MIN_PASSAGES}. Add articles.`,
    );
  }
  return { dir, articles };
}
