import { terms } from '../language/text.ts';
import { isPersonPhrase } from '../quotes/phrases.ts';
import { describeSpeaker, type Speaker } from '../quotes/speakers.ts';
import { type QuoteEntry, quoteBook } from '../quotes/who-said.ts';
import type { Story } from '../retrieval/story.ts';
import type { ClaimSentence } from './claims.ts';
import { type Discrepancy, type Side, shortQuote } from './discrepancy.ts';

// The same quoted words put in different mouths: within a claim (quote-differences.ts) and
// anywhere in the story.

/** A quotation with the claim sentence that holds it. */
export interface Quoted {
  readonly entry: QuoteEntry;
  readonly sentence: ClaimSentence;
}

export const marked = (q: Quoted) => q.entry.quote.kind !== 'reported';
export const side = (q: Quoted, value: string): Side => ({
  articleId: q.sentence.articleId,
  paragraph: q.sentence.paragraph,
  value,
  text: q.sentence.text,
});

/** Words that tell who a speaker is, without the title words every official shares. */
function identity(speaker: Speaker): Set<string> {
  const described = [speaker.name, speaker.role ?? '', ...speaker.aliases].join(' ');
  return new Set(
    terms(
      described
        .split(/\s+/u)
        .filter((w) => !isPersonPhrase(w))
        .join(' '),
    ),
  );
}

const compatible = (a: Speaker, b: Speaker) =>
  a.id === b.id || [...identity(a)].some((t) => identity(b).has(t));

/** The same quoted words put in different mouths; bodies ("the White House") speak through people. */
export function speakers(cluster: readonly Quoted[]): Discrepancy | undefined {
  const said = cluster.filter((q) => marked(q) && q.entry.speaker && q.entry.speaker.kind !== 'body');
  const conflict = said.some((a) =>
    said.some(
      (b) =>
        a.sentence.articleId !== b.sentence.articleId &&
        a.entry.speaker &&
        b.entry.speaker &&
        !compatible(a.entry.speaker, b.entry.speaker),
    ),
  );
  if (!conflict) return undefined;
  // One side per paragraph and speaker, however many of its quotations the cluster holds.
  const sides = [
    ...new Map(
      said.map((q) => [`${q.sentence.articleId}#${q.sentence.paragraph}#${q.entry.speaker?.id}`, q]),
    ).values(),
  ].map((q) => side(q, describeSpeaker(q.entry.speaker)));
  const shortest = said.reduce((a, b) => (b.entry.quote.text.length < a.entry.quote.text.length ? b : a));
  return { kind: 'speaker', about: `who said ${shortQuote(shortest.entry.quote.text)}`, sides };
}

/** A quotation with the sentence of the story that holds it. */
function quotedIn(story: Story, entry: QuoteEntry): Quoted {
  const { articleId, paragraph, start } = entry.quote;
  const found = story.passage(articleId, paragraph)?.paragraph.sentences.findIndex((x) => x.end > start) ?? 0;
  const s = story.passage(articleId, paragraph)?.paragraph.sentences[Math.max(found, 0)];
  const published = story.corpus.articles.find((a) => a.meta.id === articleId)?.meta.published ?? '';
  const text = s?.text ?? entry.quote.text;
  const sentence: ClaimSentence = {
    articleId,
    paragraph,
    index: Math.max(found, 0),
    text,
    start: s?.start ?? 0,
    end: s?.end ?? 0,
    terms: new Set(),
    published,
    quotes: new Set([entry.group]),
    people: new Set(),
  };
  return { entry, sentence };
}

/**
 * The same words put in different mouths anywhere in the story, whether or not the sentences
 * around them report one claim ("We will not rest …": the governor to reporters, the mayor at a
 * vigil).
 */
export function creditedDifferently(story: Story): Discrepancy[] {
  const groups = new Map<number, QuoteEntry[]>();
  for (const e of quoteBook(story).entries) groups.set(e.group, [...(groups.get(e.group) ?? []), e]);
  return [...groups.values()].flatMap((entries) => {
    if (new Set(entries.map((e) => e.quote.articleId)).size < 2) return [];
    return speakers(entries.map((e) => quotedIn(story, e))) ?? [];
  });
}
