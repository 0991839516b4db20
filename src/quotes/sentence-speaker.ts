import type { Paragraph } from '../corpus/types.ts';
import { phraseAfter } from './phrases.ts';
import type { QuoteSpan } from './quotes.ts';
import { fromAfter } from './speaker-after.ts';
import { fromBefore } from './speaker-before.ts';
import { beforeVerb, type Found } from './speaker-phrase.ts';

/** Finds who said a quote from the sentence around it, trying the news patterns in turn. */
export function speakerInSentence(paragraph: Paragraph, quote: QuoteSpan): Found | undefined {
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
