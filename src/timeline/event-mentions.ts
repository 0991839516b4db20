import type { Article, SourceRef } from '../corpus/types.ts';
import type { PeopleIndex } from '../language/people.ts';
import { type EventWords, eventWords, stretchText } from './event-clauses.ts';
import { addDays } from './periods.ts';
import { POINTS_BACK, referentTime, type Told, toldOf } from './referents.ts';
import { implicitTime, timesOf } from './sentence-times.ts';
import { inAdverbialClause, isSubordinate, quotedRanges } from './time-clauses.ts';
import type { TimeRef } from './time-ref.ts';

export { clauseAt } from './time-clauses.ts';

/** One dated mention: a sentence that carries a time expression, resolved for its article. */
export interface Mention {
  readonly time: TimeRef;
  /** The whole sentence: an event is shown from where its sentence starts. */
  readonly text: string;
  readonly source: SourceRef;
  /** `articleId#paragraph#sentence`: one sentence reports one event of its own. */
  readonly sentence: string;
  /** What the clause the time belongs to reports, without the words of dates. */
  readonly words: EventWords;
  /** A lead without a time of its own takes the date of the sentence (this key) that dates its news. */
  readonly datedBy?: string | undefined;
  /** The people the sentence names. */
  readonly people: ReadonlySet<string>;
  /** The sentence's own event (its main clause's time); other times date events told elsewhere. */
  readonly primary: boolean;
  /** The time dates the sentence's main clause (not an aside, a relative clause or a quotation). */
  readonly main: boolean;
  readonly published: string;
}

export const CLOSE_DAYS = 8;
// How many paragraphs back the event "the next day" or "at the time" counts from may stand.
const ANCHOR_PARAGRAPHS = 2;

/** The dated mentions of one article, sentence by sentence. */
export function articleMentions(
  article: Article,
  people: PeopleIndex,
  reword: (word: string) => readonly string[],
): Mention[] {
  const { id: articleId, published } = article.meta;
  let previous: { time: TimeRef; paragraph: number } | undefined;
  let news: TimeRef | undefined;
  const told: Told[] = [];
  const out: Mention[] = [];
  for (const paragraph of article.paragraphs) {
    paragraph.sentences.forEach((sentence, index) => {
      const { text } = sentence;
      const recent =
        previous && paragraph.number - previous.paragraph <= ANCHOR_PARAGRAPHS ? previous.time : undefined;
      const referent = referentTime(text, told, reword, news ?? implicitTime(published));
      const times = timesOf(text, published, recent, referent);
      // Times inside the clause "… after" dates ("a day after the White House said … last month")
      // belong to that clause, not to the sentence's main one.
      const afterAt = times.find((t) => /\bafter$/iu.test(t.text))?.index ?? text.length;
      const inMain = (t: TimeRef) =>
        t.index < afterAt && !isSubordinate(text, t.index) && !inAdverbialClause(text, t.index);
      const main = times.findIndex(inMain);
      // The lead reports the article's news: when its main clause names no time, it is dated below.
      // A dateline ("Brenmoor.") is no sentence of the lead.
      const lead = paragraph.sentences.findIndex((x) => x.text.split(/\s+/u).length >= 5);
      const undatedLead =
        paragraph.number === 1 && main < 0 && (index === lead || (index > lead && times.length > 0));
      if (undatedLead) times.unshift(implicitTime(published));
      // A sentence dated only inside a quotation reports what a speaker said happened: it may
      // source an event the text dates, but is no event of its own.
      const quoted = quotedRanges(text);
      const inQuote = (t: TimeRef) => quoted.some(([s, e]) => t.index >= s && t.index < e);
      const primary = main >= 0 || undatedLead ? Math.max(main, 0) : times.findIndex((t) => !inQuote(t));
      // What "the next day" counts from is an event the text dates, not one it points back to.
      const narrative = times.filter(
        (t) =>
          !t.implicit && !POINTS_BACK.test(t.text) && !quoted.some(([s, e]) => t.index >= s && t.index < e),
      );
      if (paragraph.number === 1) news ??= narrative[0];
      const own = times[primary];
      told.push(toldOf(text, own && narrative.includes(own) ? own : undefined));
      const last = narrative.at(-1);
      if (last) previous = { time: last, paragraph: paragraph.number };
      times.forEach((time, i) => {
        out.push({
          time,
          text,
          source: { articleId, paragraph: paragraph.number },
          sentence: `${articleId}#${paragraph.number}#${index}`,
          words: eventWords(text, time, times, reword),
          people: people.in(stretchText(text, time, times)),
          primary: i === primary,
          main: !time.implicit && inMain(time),
          published,
        });
      });
    });
  }
  return datedLeads(out);
}

/**
 * An undated lead takes the date of the first sentence of the first two paragraphs that dates
 * something of the news cycle in its main clause: news writing gives the "when" just after the "what"
 * ("North Korea has rejected the US charge …" / "… the Deputy Director said on Monday").
 */
function datedLeads(mentions: Mention[]): Mention[] {
  const lender = mentions.find(
    (m) =>
      m.primary &&
      !m.time.implicit &&
      m.source.paragraph <= ANCHOR_PARAGRAPHS &&
      (m.time.precision === 'day' || m.time.precision === 'week') &&
      m.time.start >= addDays(m.published, -CLOSE_DAYS),
  );
  if (!lender) return mentions;
  return mentions.map((m) =>
    m.time.implicit && m.sentence !== lender.sentence
      ? { ...m, time: { ...lender.time, text: '', index: 0, implicit: true }, datedBy: lender.sentence }
      : m,
  );
}
