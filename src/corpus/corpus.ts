import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { buildArticle } from './article.ts';
import { describeIssues, manifestSchema } from './manifest.ts';
import type { Article, ArticleMeta, Corpus } from './types.ts';

/** A problem with the corpus a user can fix; its message names the file and what to do. */
export class CorpusError extends Error {
  override readonly name = 'CorpusError';
}

export const MANIFEST_FILE = 'manifest.json';
// BM25 needs a few passages for its document frequencies to mean anything.
export const MIN_PASSAGES = 3;

const utf8 = new TextDecoder('utf-8', { fatal: true });

async function readBytes(path: string, what: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'it does not exist' : `it cannot be read (${code ?? String(error)})`;
    throw new CorpusError(`${what} ${path}: ${reason}.`);
  }
}

function decode(bytes: Buffer, path: string): string {
  try {
    return utf8.decode(bytes).replace(/^\uFEFF/u, '');
  } catch {
    throw new CorpusError(`${path}: the file is not valid UTF-8 text. Save it as UTF-8 and try again.`);
  }
}

export async function readManifest(dir: string): Promise<ArticleMeta[]> {
  const path = join(dir, MANIFEST_FILE);
  const text = decode(await readBytes(path, 'Manifest'), path);
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
  const seen = new Map<string, string>();
  for (const meta of parsed.data.articles) {
    for (const [key, value] of [
      ['id', meta.id],
      ['file', meta.file],
    ] as const) {
      const mark = `${key}:${value}`;
      if (seen.has(mark))
        throw new CorpusError(`${path}: duplicate ${key} "${value}"; each article needs its own.`);
      seen.set(mark, value);
    }
  }
  return parsed.data.articles;
}

/** Reads the manifest and every article it lists; throws CorpusError with a fixable message. */
export async function loadCorpus(dirInput: string): Promise<Corpus> {
  const dir = resolve(dirInput);
  const metas = await readManifest(dir);
  const articles: Article[] = [];
  for (const meta of metas) {
    const path = join(dir, meta.file);
    const raw = decode(await readBytes(path, `Article "${meta.id}" (listed in ${MANIFEST_FILE}):`), path);
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
