// Synthetic stories made from the seeds' own words, the same for every run (a fixed generator).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildArticle } from '../../src/corpus/article.ts';
import type { ArticleMeta, Corpus } from '../../src/corpus/types.ts';

function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

/** The articles of a synthetic story as a manifest entry and a text each. */
export function syntheticArticles(
  seeds: Corpus,
  articles: number,
  paragraphs = 20,
): { meta: ArticleMeta; text: string }[] {
  const vocabulary = seeds.articles.flatMap((a) => a.paragraphs.flatMap((p) => p.text.split(/\s+/u)));
  const next = random(42);
  const word = () => vocabulary[Math.floor(next() * vocabulary.length)] ?? 'story';
  const sentence = () => `${Array.from({ length: 12 + Math.floor(next() * 14) }, word).join(' ')}.`;
  return Array.from({ length: articles }, (_, i) => {
    const body = Array.from({ length: paragraphs }, () => `${sentence()} ${sentence()}`).join('\n\n');
    const day = String(1 + (i % 28)).padStart(2, '0');
    const meta = { id: `s${i}`, file: `s${i}.txt`, published: `2022-${i % 2 ? '09' : '11'}-${day}` };
    return { meta, text: `Synthetic article ${i} about the story\n\n${body}\n` };
  });
}

/** `articles` articles of `paragraphs` paragraphs of two sentences each, from the seeds' words. */
export function synthetic(seeds: Corpus, articles: number, paragraphs = 20): Corpus {
  return {
    dir: '(synthetic)',
    articles: syntheticArticles(seeds, articles, paragraphs).map(({ meta, text }) =>
      buildArticle(meta, text),
    ),
  };
}

/** Writes a synthetic story as a corpus folder (texts and manifest.json) that SEEDS_DIR can name. */
export function writeSynthetic(dir: string, seeds: Corpus, articles: number, paragraphs = 12): void {
  mkdirSync(dir, { recursive: true });
  const list = syntheticArticles(seeds, articles, paragraphs);
  for (const { meta, text } of list) writeFileSync(join(dir, meta.file), text);
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ articles: list.map((a) => a.meta) }, null, 1));
}

/** Median and 99th percentile of a list of timings, in milliseconds. */
export function percentiles(times: number[]): { p50: number; p99: number } {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { p50: at(0.5), p99: at(0.99) };
}

/** Runs `task` over the inputs in turn for `ms` milliseconds (after a short warm-up); timings. */
export function timings(task: (input: string) => unknown, inputs: readonly string[], ms = 1000): number[] {
  for (let i = 0; i < 20; i++) task(inputs[i % inputs.length] ?? '');
  const out: number[] = [];
  const end = performance.now() + ms;
  for (let i = 0; performance.now() < end; i++) {
    const start = performance.now();
    task(inputs[i % inputs.length] ?? '');
    out.push(performance.now() - start);
  }
  return out;
}
