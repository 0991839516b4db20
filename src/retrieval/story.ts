import { citationOf } from '../corpus/article.ts';
import type { Article, Citation, Corpus, Paragraph } from '../corpus/types.ts';
import { type Acronym, acronymTerms, definedAcronyms } from '../language/acronyms.ts';
import { answerKindsOf } from '../language/answer-type.ts';
import { publishedToken } from '../language/dateline.ts';
import { PeopleIndex } from '../language/people.ts';
import type { SentenceEncoder } from '../language/resources/sentence-encoder.ts';
import { type SentenceWords, sentenceWords } from '../language/sentence-words.ts';
import { terms } from '../language/text.ts';
import { BM25Index } from './bm25.ts';
import { Vocabulary } from './neighbours.ts';

export interface Passage {
  readonly article: Article;
  readonly paragraph: Paragraph;
  readonly terms: readonly string[];
  readonly termSet: ReadonlySet<string>;
}

/** A kind of derived data a story keeps (typed by what it holds; the name is for reading). */
export interface MemoKey<T> {
  readonly name: string;
  /** Never set: it only carries the type. */
  readonly type?: T;
}

export const memoKey = <T>(name: string): MemoKey<T> => ({ name });

/** The searchable story: every paragraph of every article, indexed once. */
export interface Story {
  readonly corpus: Corpus;
  readonly passages: readonly Passage[];
  readonly index: BM25Index;
  /** The articles' words with vectors, for neighbours of a question's words (built on first use). */
  readonly vocabulary: Vocabulary;
  /** The people the articles introduce, by the words that name them (built on first use). */
  readonly people: PeopleIndex;
  /** The acronyms the articles spell out ("National Food Standards Authority (NFSA)"). */
  readonly acronyms: readonly Acronym[];
  /** The sentence encoder that re-weighs the best candidates of a question, when one was given. */
  readonly encoder?: SentenceEncoder;
  /**
   * What is derived from the corpus beyond the index (quotations, events, claims, memos of
   * comparisons) is kept here, computed once on first use: the story owns it, and it goes
   * with the story. No module keeps data keyed by a story.
   */
  memo<T>(key: MemoKey<T>, make: () => T): T;
  /** A passage's sentences as words and terms, for matching a question word by word. */
  sentences(doc: number): readonly SentenceWords[];
  /** The terms of each sentence of a passage, in order (made once: claims and answers both read them). */
  sentenceTerms(passage: Passage): readonly ReadonlySet<string>[];
  /** Inverse document frequency of a term; unseen terms get the highest value. */
  idf(term: string): number;
  /** Whether any passage contains the term. */
  knows(term: string): boolean;
  passage(articleId: string, paragraph: number): Passage | undefined;
  citation(articleId: string, paragraph: number): Citation | undefined;
}

export interface StoryOptions {
  /** Loaded by the front ends (loadSentenceEncoder); without one, ranking is lexical only. */
  readonly encoder?: SentenceEncoder;
}

export function createStory(corpus: Corpus, options: StoryOptions = {}): Story {
  const texts = corpus.articles.flatMap((article) => article.paragraphs.map((p) => p.text));
  const acronyms = definedAcronyms(texts);
  const passages: Passage[] = corpus.articles.flatMap((article) =>
    article.paragraphs.map((paragraph) => {
      const own = terms(paragraph.text);
      const dateline = publishedToken(article.meta.published);
      // A passage also holds the kinds of answer its structure gives (a cause, a place, a role…).
      const kinds = answerKindsOf(paragraph.text);
      const list = [...own, ...acronymTerms(own, acronyms), ...kinds, ...(dateline ? [dateline] : [])];
      return { article, paragraph, terms: list, termSet: new Set(list) };
    }),
  );
  const byRef = new Map(passages.map((p) => [`${p.article.meta.id}#${p.paragraph.number}`, p]));
  // The index already counts the passages holding each term; idf and knows read it.
  const index = BM25Index.build(passages.map((p) => p.terms));
  const n = passages.length;
  const idf = (term: string) => Math.log(1 + (n + 0.5) / (index.documentFrequency(term) + 0.5));
  let vocabulary: Vocabulary | undefined;
  let people: PeopleIndex | undefined;
  const sentenceCache = new Map<number, SentenceWords[]>();
  const sentenceTerms = new Map<Passage, ReadonlySet<string>[]>();
  const memos = new Map<MemoKey<unknown>, unknown>();
  return {
    corpus,
    passages,
    index,
    acronyms,
    ...(options.encoder ? { encoder: options.encoder } : {}),
    memo<T>(key: MemoKey<T>, make: () => T): T {
      if (!memos.has(key)) memos.set(key, make());
      return memos.get(key) as T;
    },
    sentences(doc) {
      let found = sentenceCache.get(doc);
      if (!found) {
        found = (passages[doc]?.paragraph.sentences ?? []).map((s) => sentenceWords(s.text));
        sentenceCache.set(doc, found);
      }
      return found;
    },
    sentenceTerms(passage) {
      let found = sentenceTerms.get(passage);
      if (!found) {
        found = passage.paragraph.sentences.map((s) => new Set(terms(s.text)));
        sentenceTerms.set(passage, found);
      }
      return found;
    },
    get vocabulary() {
      vocabulary ??= new Vocabulary(texts);
      return vocabulary;
    },
    get people() {
      people ??= new PeopleIndex(texts);
      return people;
    },
    idf,
    knows: (term) => index.documentFrequency(term) > 0,
    passage: (articleId, paragraph) => byRef.get(`${articleId}#${paragraph}`),
    citation(articleId, paragraph) {
      const found = byRef.get(`${articleId}#${paragraph}`);
      return found && citationOf(found.article, paragraph);
    },
  };
}
