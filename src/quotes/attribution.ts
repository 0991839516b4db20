import type { Article, Paragraph } from '../corpus/types.ts';
import { lemmatizer } from '../language/resources/lemma.ts';
import { lookUp } from '../language/resources/wordnet.ts';
import { isSpeechVerb } from '../language/speech-verbs.ts';
import { phraseAfter, phraseBefore, subjectOf } from './phrases.ts';
import { type Attributed, extractQuotes, type QuoteSpan } from './quotes.ts';
import { speechVerbs } from './said.ts';

export type { Attributed } from './quotes.ts';

import { continuedFrom, resolveSpeaker, speakerMentions, voiceOf } from './speaker-mentions.ts';

interface Found {
  phrase: string;
  confidence: number;
}

// "Helen Cho, who studies arms exports, said", "Jong Myong-hak, director-general of …, said": the
// aside between commas is not the speaker, unless it is the name of the one described before it
// ("A company spokeswoman, Lena Hartig, said").
const withoutAside = (left: string) =>
  left.replace(/,([^,“”"]{1,160}),\s*$/u, (_, aside: string) =>
    /^\s*(?:\p{Lu}[\p{L}’'-]+\s+){1,2}\p{Lu}[\p{L}’'-]+\s*$/u.test(aside) ? ` ${aside.trim()}` : '',
  );

/** The speaker phrase before a verb at `verbAt`, or the sentence's subject for "…, calling it". */
function beforeVerb(sentence: string, verbAt: number, verb: string): Found | undefined {
  const left = withoutAside(sentence.slice(0, verbAt));
  const phrase = phraseBefore(left);
  if (phrase) return { phrase, confidence: 0.85 };
  if (/ing$/u.test(verb) || /\band\s*$/u.test(left)) {
    const subject = subjectOf(sentence);
    return subject ? { phrase: subject, confidence: 0.6 } : undefined;
  }
  return undefined;
}

// A pronoun opening the clause a verb of saying reports: "said it", "said that he".
const REPORTED_PRONOUN = /\b(\p{Ll}+)\s+(?:(\p{Ll}+)\s+)?(?:that\s+)?(?:it|he|she|they|we)\s+$/u;
const reportsPronoun = (left: string) =>
  (REPORTED_PRONOUN.exec(left)?.slice(1) ?? []).some((w) => w !== undefined && isSpeechVerb(w));

/** "…,” said X" or "…,” X said": the speaker in the words after a quotation. */
function fromAfter(after: string): Found | undefined {
  const stretch = after.split(/[.;:!?]/u)[0] ?? '';
  const verb = speechVerbs(stretch)[0];
  if (!verb) return undefined;
  const lead = stretch.slice(0, verb.index);
  // "…”, and a company that calls it …": a clause of its own after the quotation says nothing of it;
  // nor does a relative clause of a noun after it ("rejected as “…” a report by a group that said").
  if (/^[\s,]*(?:and|but|while|whereas)\s/u.test(lead) || /\b(?:that|which)\s+$/u.test(lead))
    return undefined;
  const phrase = /^[\s,]*$/u.test(lead)
    ? phraseAfter(stretch.slice(verb.index + verb.verb.length).split(',')[0] ?? '')
    : phraseBefore(withoutAside(lead.replace(/^[\s,]+/u, '')));
  return phrase ? { phrase, confidence: 0.95 } : undefined;
}

// "said", "says", "told", "tells": the verbs that report a clause whole.
const SAY_OR_TELL = /^(?:said|says|told|tells)$/u;
const REPORTED_CLAUSE_WORDS = 5;
function reportsClause(before: string, v: { index: number; verb: string }, later: number): boolean {
  const between = before.slice(v.index + v.verb.length, later);
  return (
    SAY_OR_TELL.test(v.verb) &&
    !/[,;:.!?“”"]/u.test(between) &&
    between.trim().split(/\s+/u).length <= REPORTED_CLAUSE_WORDS
  );
}

/** "X said: “…”", "X told reporters “…”", "X dismissed the claims as “…”", "Kirby: “…”". */
function fromBefore(before: string): Found | undefined {
  // "X acknowledged in the staff briefing that …": a phrase that holds a verb of saying is no
  // speaker; that verb, further back, attributes.
  // So does the verb before a pronoun it reports: in "The hospital said it expected …" the
  // hospital speaks, not "it".
  const verbs = speechVerbs(before);
  const verb = verbs.findLast(
    (v, i) =>
      i === 0 ||
      !(
        speechVerbs(phraseBefore(withoutAside(before.slice(0, v.index)))).length > 0 ||
        reportsPronoun(before.slice(0, v.index))
      ),
  );
  // "Okafor-Reyes said crews had faced “…”": a verb in the clause that "said" reports is part of
  // what was said; the one who said it speaks.
  const reporting = verb && verbs.find((v) => v.index < verb.index && reportsClause(before, v, verb.index));
  if (reporting) return beforeVerb(before, reporting.index, reporting.verb);
  const colon = /([^.!?“”"]{1,120}):\s*$/u.exec(before);
  const said = verb && /^[^.!?]*:\s*$/u.test(before.slice(verb.index + verb.verb.length));
  if (colon && !said) {
    // "Kirby: “…”" names the speaker; "Lena Voss, the port's chief, was blunt: “…”" its subject.
    const phrase = phraseBefore(colon[1] ?? '');
    const whole = phrase === (colon[1] ?? '').trim();
    return { phrase: whole ? phrase : subjectOf(before.trim()), confidence: whole ? 0.8 : 0.6 };
  }
  if (verb) return beforeVerb(before, verb.index, verb.verb);
  // "North Korea on Tuesday rejected as “a fabricated drama” a report …": whoever calls a thing
  // so, by any verb in the past, says the words.
  const judged = /\b(\p{Ll}+ed)\s+as\s*$/u.exec(before);
  return judged?.[1] && lookUp(lemmatizer.verb(judged[1]), 'verb')
    ? beforeVerb(before, judged.index, judged[1])
    : undefined;
}

/** Finds who said a quote from the sentence around it, trying the news patterns in turn. */
function find(paragraph: Paragraph, quote: QuoteSpan): Found | undefined {
  const { text, sentences } = paragraph;
  const first = sentences.find((s) => s.end > quote.start) ?? { start: 0 };
  const last = sentences.find((s) => s.end >= quote.end) ?? { end: text.length };
  const before = text.slice(first.start, quote.verbAt ?? quote.start);
  const after =
    text.slice(quote.splitAt ?? quote.end, Math.max(last.end, quote.end)).split(/[“"‘]/u)[0] ?? '';
  const sentence = text.slice(first.start, Math.max(last.end, quote.end));
  if (quote.kind === 'reported') {
    const verb = /^\S+/u.exec(text.slice(quote.verbAt ?? 0))?.[0] ?? '';
    const found = beforeVerb(before, before.length, verb);
    return found && { ...found, confidence: found.confidence * 0.8 };
  }
  const according = /\baccording to ([^,.;:!?“”"]+)/iu.exec(sentence);
  const fromSource = () =>
    according ? { phrase: phraseAfter(according[1] ?? ''), confidence: 0.7 } : undefined;
  // A quotation closed on a comma ("… shells,” Kirby told reporters) is attributed after it,
  // however it began ("US reports indicate that North Korea is “secretly supplying …").
  const closesOnComma = /,\s*[”"’]?\s*$/u.test(text.slice(quote.start, quote.splitAt ?? quote.end));
  const order =
    quote.kind === 'direct' || closesOnComma
      ? [() => fromAfter(after), () => fromBefore(before), fromSource]
      : [() => fromBefore(before), fromSource, () => fromAfter(after)];
  for (const attempt of order) {
    const found = attempt();
    if (found?.phrase) return found;
  }
  return undefined;
}

/** "far short of the “literally millions” of shells that US officials spoke of": the source a relative clause names. */
function fromRelative(paragraph: Paragraph, quote: QuoteSpan): Found | undefined {
  if (quote.kind !== 'partial') return undefined;
  const sentence = paragraph.sentences.find((x) => x.end >= quote.end);
  const after = paragraph.text.slice(quote.end, sentence?.end ?? quote.end).split(/[“"‘.;]/u)[0] ?? '';
  const relative = /\b(?:that|which|whom)\s+/u.exec(after);
  if (!relative) return undefined;
  const clause = after.slice(relative.index + relative[0].length);
  const verb = speechVerbs(clause)[0];
  const phrase =
    verb && clause.slice(0, verb.index).split(/\s+/u).length <= 6
      ? phraseBefore(clause.slice(0, verb.index))
      : '';
  return phrase ? { phrase, confidence: 0.8 } : undefined;
}

/** A partial quote in a sentence whose speaker is already named ("…,” Jong said, accusing … of “train stories”"). */
function sameSentence(
  paragraph: Paragraph,
  quote: QuoteSpan,
  earlier: readonly Attributed[],
): Found | undefined {
  const previous = earlier.at(-1);
  if (quote.kind !== 'partial' || previous?.paragraph !== quote.paragraph || !previous.mention)
    return undefined;
  const sentence = paragraph.sentences.find((s) => s.end > quote.start);
  const shared = sentence && previous.start >= sentence.start;
  return shared ? { phrase: previous.mention, confidence: previous.confidence } : undefined;
}

/** Every quotation of an article with the phrase naming its speaker. */
export function attribute(article: Article): Attributed[] {
  const mentions = speakerMentions(article);
  const out: Attributed[] = [];
  for (const quote of extractQuotes(article)) {
    const paragraph = article.paragraphs[quote.paragraph - 1];
    const found =
      (paragraph &&
        (fromRelative(paragraph, quote) ?? sameSentence(paragraph, quote, out) ?? find(paragraph, quote))) ??
      continuedFrom(article, quote, out);
    const resolved = found && resolveSpeaker(article, quote, found.phrase, mentions);
    const mention = resolved?.phrase;
    if (mention) mentions.push({ phrase: mention, paragraph: quote.paragraph, offset: quote.start });
    const confidence = found && mention ? found.confidence * (resolved.exact ? 1 : 0.85) : 0;
    out.push({ ...quote, mention, confidence, voice: mention && voiceOf(article, mention, quote, mentions) });
  }
  return out;
}
