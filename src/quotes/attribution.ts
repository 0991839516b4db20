import type { Article, Paragraph } from '../corpus/types.ts';
import { isPersonPhrase, PERSON_WORDS, phraseAfter, phraseBefore, subjectOf } from './phrases.ts';
import { extractQuotes, type QuoteSpan } from './quotes.ts';

/** A quotation with the words naming its speaker, as the article wrote them (pronouns resolved). */
export interface Attributed extends QuoteSpan {
  /** Undefined when the text names nobody: such a quote is unattributed, never guessed. */
  readonly mention: string | undefined;
  /** How sure the attribution is, 0..1: explicit news patterns highest, resolved pronouns lower. */
  readonly confidence: number;
}

const VERBS =
  'said|says|told|tells|added|adds|noted|notes|warned|warns|claimed|claims|stressed|explained|continued|insisted|indicated|accused|promised|promising|vowed|calling|declared|stated|wrote|argued|asserted|announced|confirmed';
const VERB = new RegExp(`\\b(?:${VERBS})\\b`, 'gu');

interface Found {
  phrase: string;
  confidence: number;
}

function lastVerb(text: string): RegExpExecArray | undefined {
  let last: RegExpExecArray | undefined;
  for (const m of text.matchAll(VERB)) last = m;
  return last;
}

/** The speaker phrase before a verb at `verbAt`, or the sentence's subject for "…, calling it". */
function beforeVerb(sentence: string, verbAt: number, verb: string): Found | undefined {
  // "Helen Cho, who studies arms exports, said": the aside between commas is not the speaker.
  const left = sentence.slice(0, verbAt).replace(/,[^,]{1,80},\s*$/u, '');
  const phrase = phraseBefore(left);
  if (phrase) return { phrase, confidence: 0.85 };
  if (/ing$/u.test(verb) || /\band\s*$/u.test(left)) {
    const subject = subjectOf(sentence);
    return subject ? { phrase: subject, confidence: 0.6 } : undefined;
  }
  return undefined;
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
  const inverted = new RegExp(`^[\\s,]*(?:${VERBS})\\s+([^,.;:!?]+)`, 'u').exec(after);
  const normal = new RegExp(`^[\\s,]*([^.;:!?]{1,150}?)\\s(?:${VERBS})\\b`, 'u').exec(after);
  const fromAfter = (): Found | undefined => {
    const phrase = inverted ? phraseAfter(inverted[1] ?? '') : normal ? phraseBefore(normal[1] ?? '') : '';
    return phrase ? { phrase, confidence: 0.95 } : undefined;
  };
  const colon = /([^.!?“”"]{1,120}):\s*$/u.exec(before);
  const verb = lastVerb(before);
  const fromBefore = (): Found | undefined => {
    const said = verb && /^\s*:\s*$/u.test(before.slice(verb.index + verb[0].length));
    if (colon && !said) {
      // "Kirby: “…”" names the speaker; "Lena Voss, the port's chief, was blunt: “…”" its subject.
      const phrase = phraseBefore(colon[1] ?? '');
      const whole = phrase === (colon[1] ?? '').trim();
      return { phrase: whole ? phrase : subjectOf(before.trim()), confidence: whole ? 0.8 : 0.6 };
    }
    return verb ? beforeVerb(before, verb.index, verb[0]) : undefined;
  };
  const according = /\baccording to ([^,.;:!?“”"]+)/iu.exec(sentence);
  const fromSource = () =>
    according ? { phrase: phraseAfter(according[1] ?? ''), confidence: 0.7 } : undefined;
  const order =
    quote.kind === 'direct' ? [fromAfter, fromBefore, fromSource] : [fromBefore, fromSource, fromAfter];
  for (const attempt of order) {
    const found = attempt();
    if (found?.phrase) return found;
  }
  return undefined;
}

interface Mention {
  readonly phrase: string;
  readonly at: number;
}

const position = (paragraph: number, offset: number) => paragraph * 1e6 + offset;
const lastWord = (phrase: string) => phrase.split(' ').at(-1) ?? '';
// "spokesperson John Kirby spoke of …": people named in passing, whom a later "he" may mean.
const ROLE_NAME = new RegExp(`\\b${PERSON_WORDS}\\s+(?:\\p{Lu}[\\p{L}.-]+\\s+)*\\p{Lu}[\\p{L}.-]+`, 'gu');

const isPlural = (phrase: string) => / and /u.test(phrase) || /^\p{Ll}+s$/u.test(lastWord(phrase));

/** Pronouns and bare descriptions ("the official") to the nearest fitting phrase named before. */
function resolve(
  phrase: string,
  at: number,
  mentions: readonly Mention[],
  earlier: string,
): string | undefined {
  const before = mentions.filter((m) => m.at < at).sort((a, b) => b.at - a.at);
  const isPerson = (p: string) =>
    isPersonPhrase(p) || mentions.some((m) => isPersonPhrase(m.phrase) && lastWord(m.phrase) === lastWord(p));
  if (/^(?:he|she)$/iu.test(phrase))
    return before.find((m) => isPerson(m.phrase) && !isPlural(m.phrase))?.phrase;
  if (/^they$/iu.test(phrase)) return before.find((m) => isPlural(m.phrase))?.phrase;
  const head = /^the (\p{Ll}+)$/iu.exec(phrase)?.[1];
  if (!head) return phrase;
  const word = new RegExp(`\\b${head}\\b`, 'u');
  const named = before.find((m) => m.phrase.toLowerCase() !== phrase.toLowerCase() && word.test(m.phrase));
  if (named) return named.phrase;
  // "the regime" after "the Pyongyang regime" earlier in the article.
  const full = new RegExp(`\\bthe ((?:\\p{Lu}[\\p{L}-]*\\s+)+)${head}\\b`, 'u').exec(earlier);
  return full ? `the ${full[1]}${head}` : phrase;
}

/** Every quotation of an article with the phrase naming its speaker. */
export function attribute(article: Article): Attributed[] {
  const mentions: Mention[] = [];
  for (const p of article.paragraphs)
    for (const m of p.text.matchAll(ROLE_NAME))
      mentions.push({
        phrase: phraseBefore(p.text.slice(0, m.index + m[0].length)),
        at: position(p.number, m.index),
      });
  const out: Attributed[] = [];
  for (const quote of extractQuotes(article)) {
    const paragraph = article.paragraphs[quote.paragraph - 1];
    const found = paragraph && find(paragraph, quote);
    const at = position(quote.paragraph, quote.start);
    const earlier = article.paragraphs
      .slice(0, quote.paragraph)
      .map((p) => (p === paragraph ? p.text.slice(0, quote.start) : p.text))
      .join('\n');
    const mention = found && resolve(found.phrase, at, mentions, earlier);
    if (mention) mentions.push({ phrase: mention, at });
    const confidence = found && mention ? found.confidence * (mention === found.phrase ? 1 : 0.85) : 0;
    out.push({ ...quote, mention, confidence });
  }
  return out;
}
