import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/corpus.ts';
import { ask } from '../../src/retrieval/ask.ts';
import { createStory } from '../../src/retrieval/story.ts';
import { ARTICLE, corpus, FIRST_PARAGRAPH, failure, meta, removeTempDirs, tempDir } from './temp-corpus.ts';

afterAll(removeTempDirs);

describe('loadCorpus', () => {
  it('loads the real seeds: five articles, ids 000..004 in manifest order', async () => {
    const { articles } = await loadCorpus('seeds');
    expect(articles.map((a) => a.meta.id)).toEqual(['000', '001', '002', '003', '004']);
    for (const a of articles)
      expect(a.paragraphs.map((p) => p.number)).toEqual(a.paragraphs.map((_, i) => i + 1));
  });

  it('loads a valid one-article corpus with its paragraphs numbered from 1', async () => {
    const { articles } = await loadCorpus(await corpus({ articles: [meta('a1')] }, { 'a1.txt': ARTICLE }));
    expect(articles.map((a) => [a.meta.id, a.title, a.paragraphs.length])).toEqual([
      ['a1', 'Harbour town opens new ferry terminal', 3],
    ]);
    expect(articles[0]?.paragraphs[0]).toMatchObject({ number: 1, text: FIRST_PARAGRAPH });
  });

  describe('names the file and the problem', () => {
    const _ = (name: string, make: () => Promise<string>, ...parts: (string | RegExp)[]) =>
      it(name, async () => {
        const { message } = await failure(await make());
        for (const part of parts) expect(message).toMatch(part);
      });
    const ok = { 'a1.txt': ARTICLE };
    /** A corpus of article a1 (with manifest fields changed) and the given article files. */
    const one = (extra: Record<string, unknown>, files: Record<string, string | Buffer> = ok) =>
      corpus({ articles: [meta('a1', extra)] }, files);
    const two = (second: Record<string, unknown>, files: Record<string, string | Buffer> = ok) =>
      corpus({ articles: [meta('a1'), meta('a2', second)] }, files);
    const invalid = /manifest\.json: invalid manifest/;

    const BAD = Buffer.from([0xff, 0xfe, 0x41]);
    const CHROME = 'Title\n\nPlease enter your comment!\n\nspot_img\n';
    const SHORT = ARTICLE.split('\n\n').slice(0, 3).join('\n\n');

    _('missing manifest', () => tempDir(), /manifest\.json: it does not exist/);
    _('invalid JSON', () => corpus('{"articles": [', ok), /manifest\.json: not valid JSON/);
    _('non-UTF-8 manifest', () => corpus(BAD), /manifest\.json: the file is not valid UTF-8/);
    _('impossible date', () => one({ published: '2022-13-01' }), invalid, /0\.published: is not a real/);
    _('date not ISO', () => one({ published: '22/09/2022' }), invalid, /0\.published: must be a date/);
    _('missing file field', () => one({ file: undefined }), invalid, 'articles.0.file');
    _('file with a path', () => one({ file: '../a1.txt' }), invalid, 'articles.0.file', 'with no path');
    _('unknown extra field', () => one({ author: 'Kim' }), invalid, 'articles.0', '"author"');
    _('unknown top field', () => corpus({ articles: [meta('a1')], x: 1 }, ok), invalid, '"x"');
    _('no articles', () => corpus({ articles: [] }, ok), invalid, 'articles: must list at least one');
    _('missing article file', () => two({}), /a2\.txt: it does not exist/, 'Article "a2"');
    _('duplicate id', () => two({ id: 'a1' }, { ...ok, 'a2.txt': ARTICLE }), /json: duplicate id "a1"/);
    _('duplicate file', () => two({ file: 'a1.txt' }), /json: duplicate file "a1\.txt"/);
    _('empty article', () => two({}, { ...ok, 'a2.txt': ' \n\n \n' }), /a2\.txt: the article "a2" is empty/);
    _('no story text', () => one({}, { 'a1.txt': CHROME }), /a1\.txt: no paragraph of story text/);
    _('non-UTF-8 article', () => one({}, { 'a1.txt': BAD }), /a1\.txt: the file is not valid UTF-8/);
    _('fewer than 3 passages', () => one({}, { 'a1.txt': SHORT }), /only 2 passage\(s\)/, 'at least 3');
  });
});

describe('a sixth article added to a copy of the seeds', () => {
  it('is loaded and found by a question about it', async () => {
    const dir = await tempDir();
    await cp('seeds', dir, { recursive: true });
    const path = join(dir, 'manifest.json');
    const manifest = JSON.parse(await readFile(path, 'utf8')) as { articles: unknown[] };
    manifest.articles.push({
      id: '005',
      file: '005_ferry.txt',
      published: '2022-10-03',
      outlet: 'Harbour Post',
    });
    await writeFile(path, JSON.stringify(manifest));
    await writeFile(join(dir, '005_ferry.txt'), ARTICLE);

    const story = createStory(await loadCorpus(dir));
    expect(story.corpus.articles.map((a) => a.meta.id)).toEqual(['000', '001', '002', '003', '004', '005']);
    const found = (q: string) => ask(story, q).results.map((r) => [r.articleId, r.paragraph]);
    expect(found('How many passengers can the new ferry terminal handle?')[0]).toEqual(['005', 2]);
    expect(found('When will ferries sail from Rason to Vladivostok?')[0]).toEqual(['005', 3]);
    expect(ask(story, 'Who is the harbour master?').results[0]?.citation).toMatchObject({
      articleId: '005',
      paragraph: 3,
      outlet: 'Harbour Post',
    });
  });
});
