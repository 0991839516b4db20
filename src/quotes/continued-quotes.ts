import type { Article } from '../corpus/types.ts';
import { isSpeechVerb } from '../language/speech-verbs.ts';
import { phraseBefore } from './phrases.ts';
import type { Attributed, QuoteSpan } from './quotes.ts';

/**
 * A direct quotation the text attributes by where it stands: the next sentence of a quoted
 * speaker ("…,” Lindqvist said. “That makes it …”), or a paragraph of quotation after one that
 * paraphrases its speaker or ends on "X said:".
 */
export function continuedFrom(
  article: Article,
  quote: QuoteSpan,
  earlier: readonly Attributed[],
): { phrase: string; confidence: number } | undefined {
  if (quote.kind !== 'direct') return undefined;
  const previous = earlier.at(-1);
  if (previous?.paragraph === quote.paragraph) {
    const between = article.paragraphs[quote.paragraph - 1]?.text.slice(previous.end, quote.start) ?? '';
    const continues = previous.kind === 'direct' && previous.mention && /^[^“”"]*[.!?]\s*$/u.test(between);
    return continues && previous.mention ? { phrase: previous.mention, confidence: 0.75 } : undefined;
  }
  const prior = article.paragraphs[quote.paragraph - 2];
  if (!prior || quote.start > 1) return undefined;
  const colon = /([^.!?“”"]+)\s(\p{Ll}+):\s*$/u.exec(prior.text);
  if (colon && isSpeechVerb(colon[2] ?? '')) {
    const phrase = phraseBefore(colon[1] ?? '');
    return phrase ? { phrase, confidence: 0.8 } : undefined;
  }
  const lastSentence = prior.sentences.at(-1);
  const paraphrase = earlier.find(
    (q) =>
      q.paragraph === prior.number &&
      q.kind === 'reported' &&
      q.mention &&
      lastSentence &&
      q.start >= lastSentence.start,
  );
  return paraphrase?.mention ? { phrase: paraphrase.mention, confidence: 0.75 } : undefined;
}
