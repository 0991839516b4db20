/** What the manifest says about one article (metadata only, never facts from its text). */
export interface ArticleMeta {
  readonly id: string;
  readonly file: string;
  /** ISO date, YYYY-MM-DD. */
  readonly published: string;
  readonly title?: string | undefined;
  readonly outlet?: string | undefined;
  readonly url?: string | undefined;
  readonly note?: string | undefined;
}

/** A sentence of a paragraph; offsets are into the paragraph's text. */
export interface Sentence {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** The unit of citation: article id plus 1-based paragraph number. */
export interface Paragraph {
  readonly articleId: string;
  readonly number: number;
  readonly text: string;
  readonly sentences: readonly Sentence[];
}

export interface Article {
  readonly meta: ArticleMeta;
  /** The manifest title when given, otherwise the headline found in the text. */
  readonly title: string;
  readonly paragraphs: readonly Paragraph[];
}

export interface Corpus {
  readonly dir: string;
  readonly articles: readonly Article[];
}

/** Where a passage comes from, as shown to readers. */
export interface Citation {
  readonly articleId: string;
  readonly paragraph: number;
  readonly title: string;
  readonly published: string;
  readonly outlet?: string | undefined;
  readonly url?: string | undefined;
}

export interface SourceRef {
  readonly articleId: string;
  readonly paragraph: number;
}
