import type { Article, Paragraph } from '../corpus/types.ts';
import { continuedFrom } from './continued-quotes.ts';
import { phraseBefore } from './phrases.ts';
import { type Attributed, extractQuotes, type QuoteSpan } from './quotes.ts';
import { speechVerbs } from './said.ts';
import { speakerInSentence } from './sentence-speaker.ts';
import { speakerMentions } from './speaker-mentions.ts';
import type { Found } from './speaker-phrase.ts';
import { resolveSpeaker, voiceOf } from './speaker-referents.ts';

export type { Attributed } from './quotes.ts';

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
        (fromRelative(paragraph, quote) ??
          sameSentence(paragraph, quote, out) ??
          speakerInSentence(paragraph, quote))) ??
      continuedFrom(article, quote, out);
    const resolved = found && resolveSpeaker(article, quote, found.phrase, mentions);
    const mention = resolved?.phrase;
    if (mention) mentions.push({ phrase: mention, paragraph: quote.paragraph, offset: quote.start });
    const confidence = found && mention ? found.confidence * (resolved.exact ? 1 : 0.85) : 0;
    out.push({ ...quote, mention, confidence, voice: mention && voiceOf(article, mention, quote, mentions) });
  }
  return out;
}
