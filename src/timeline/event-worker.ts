// A worker thread that finds the story's events while the main thread prepares the rest: the
// dated mentions of every sentence need only the articles, their grouping the terms' weights,
// which the main thread sends once its index is built. See event-thread.ts.
import { parentPort, workerData } from 'node:worker_threads';
import type { Corpus } from '../corpus/types.ts';
import { PeopleIndex } from '../language/people.ts';
import { rewordingTerms } from './event-clauses.ts';
import { groupMentions } from './event-groups.ts';
import { articleMentions } from './event-mentions.ts';

/** The weight of each term of the story, and of a term it never uses. */
export interface Weights {
  readonly idf: ReadonlyMap<string, number>;
  readonly unseen: number;
}

const corpus = workerData as Corpus;
const people = new PeopleIndex(corpus.articles.flatMap((a) => a.paragraphs.map((p) => p.text)));
const reword = rewordingTerms();
const mentions = corpus.articles.flatMap((a) => articleMentions(a, people, reword));
parentPort?.once('message', ({ idf, unseen }: Weights) => {
  parentPort?.postMessage(groupMentions(mentions, (t) => idf.get(t) ?? unseen));
});
