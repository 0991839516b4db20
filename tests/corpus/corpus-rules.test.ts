import { cp, mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/corpus/clean.ts';
import { latestToday, loadCorpus } from '../../src/corpus/corpus.ts';
import { ask } from '../../src/retrieval/ask.ts';
import { createStory } from '../../src/retrieval/story.ts';
import { ARTICLE, corpus, failure, meta, removeTempDirs, tempDir } from './temp-corpus.ts';

afterAll(removeTempDirs);

const ok = { 'a1.txt': ARTICLE };
const NOW = new Date('2024-03-10T12:00:00Z');

describe('only regular files inside the corpus folder are read', () => {
  it('refuses an article that is a symbolic link, in one line naming it', async () => {
    const outside = await tempDir();
    await writeFile(join(outside, 'secret.txt'), ARTICLE);
    const dir = await corpus({ articles: [meta('a1')] });
    await symlink(join(outside, 'secret.txt'), join(dir, 'a1.txt'));
    const { message } = await failure(dir);
    expect(message).toBe(
      `Article "a1" (listed in manifest.json): ${join(dir, 'a1.txt')}: it is a symbolic link; only regular files inside the corpus folder are read. Copy the file there instead.`,
    );
  });

  it('refuses a manifest that is a symbolic link', async () => {
    const real = await corpus({ articles: [meta('a1')] }, ok);
    const dir = await tempDir();
    await writeFile(join(dir, 'a1.txt'), ARTICLE);
    await symlink(join(real, 'manifest.json'), join(dir, 'manifest.json'));
    expect((await failure(dir)).message).toMatch(/^Manifest .+manifest\.json: it is a symbolic link;/u);
  });

  it('refuses a folder named like an article', async () => {
    const dir = await corpus({ articles: [meta('a1')] });
    await mkdir(join(dir, 'a1.txt'));
    expect((await failure(dir)).message).toMatch(/a1\.txt: it is not a regular file\.$/u);
  });
});

describe('publication dates', () => {
  it.each([
    ['2024-03-10T09:59:59Z', '2024-03-10'],
    ['2024-03-10T10:00:00Z', '2024-03-11'],
    ['2024-12-31T23:00:00Z', '2025-01-01'],
  ])('at %s it is already %s somewhere (UTC+14)', (now, today) => {
    expect(latestToday(new Date(now))).toBe(today);
  });

  it('accepts today anywhere on Earth, refuses the day after in one line', async () => {
    const today = await corpus({ articles: [meta('a1', { published: '2024-03-11' })] }, ok);
    expect((await loadCorpus(today, { now: NOW })).articles).toHaveLength(1);
    const future = await corpus({ articles: [meta('a1', { published: '2024-03-12' })] }, ok);
    expect((await failure(future, { now: NOW })).message).toBe(
      `${join(future, 'manifest.json')}: article "a1" is published 2024-03-12, after today (2024-03-11); fix its "published" date.`,
    );
  });

  it('refuses 2099 against the real clock', async () => {
    const dir = await corpus({ articles: [meta('a1', { published: '2099-01-01' })] }, ok);
    expect((await failure(dir)).message).toMatch(/article "a1" is published 2099-01-01, after today/u);
  });
});

describe('an article written on one line', () => {
  it('loads in paragraphs and answers', async () => {
    const dir = await tempDir();
    await cp('seeds', dir, { recursive: true });
    const path = join(dir, '002_2bcc75e1f02a824a.txt');
    const { title, paragraphs } = cleanArticle(await readFile(path, 'utf8'));
    await writeFile(path, [title, ...paragraphs].join(' '));
    const story = createStory(await loadCorpus(dir));
    const article = story.corpus.articles.find((a) => a.meta.id === '002');
    expect(article?.paragraphs.length).toBe(9);
    const found = ask(story, 'What did the KCNA statement call the US claims?').results;
    expect(found.some((r) => r.articleId === '002' || r.alsoIn.some((c) => c.articleId === '002'))).toBe(
      true,
    );
  });
});

describe('size limits name the limit and the variable that changes it', () => {
  const bytes = Buffer.byteLength(ARTICLE);

  it('reads an article of exactly the limit, refuses one byte over', async () => {
    const dir = await corpus({ articles: [meta('a1')] }, ok);
    expect((await loadCorpus(dir, { maxArticleBytes: bytes })).articles).toHaveLength(1);
    expect((await failure(dir, { maxArticleBytes: bytes - 1 })).message).toBe(
      `Article "a1" (listed in manifest.json): ${join(dir, 'a1.txt')}: ${bytes} bytes, over the limit of ${bytes - 1} bytes per article; shorten it or raise MAX_ARTICLE_BYTES.`,
    );
  });

  it('refuses more articles than the limit', async () => {
    const dir = await corpus({ articles: [meta('a1'), meta('a2')] }, { ...ok, 'a2.txt': ARTICLE });
    expect((await loadCorpus(dir, { maxArticles: 2 })).articles).toHaveLength(2);
    expect((await failure(dir, { maxArticles: 1 })).message).toBe(
      `${join(dir, 'manifest.json')}: 2 articles listed, over the limit of 1; remove some or raise MAX_ARTICLES.`,
    );
  });

  it('writes large numbers with thousands separators', async () => {
    const dir = await corpus({ articles: [meta('a1')] }, { 'a1.txt': ARTICLE.repeat(4000) });
    expect((await failure(dir)).message).toContain(
      `${(bytes * 4000).toLocaleString('en-US')} bytes, over the limit of 1,000,000 bytes per article`,
    );
  });
});

describe('the manifest URL of an article', () => {
  it.each(['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,x'])('refuses %s', async (url) => {
    const dir = await corpus({ articles: [meta('a1', { url })] }, ok);
    expect((await failure(dir)).message).toContain('articles.0.url: must be an http or https address');
  });
});
