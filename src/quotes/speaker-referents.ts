import type { Article } from '../corpus/types.ts';
import { isHonorific, peopleIntroducedIn } from '../language/people.ts';
import { isPersonPhrase, subjectOf } from './phrases.ts';
import type { QuoteSpan } from './quotes.ts';
import { at, lastWord, type SpeakerMention } from './speaker-mentions.ts';

// Who the words naming a speaker refer to: a pronoun, a bare surname, "the official", a statement.

const isPlural = (phrase: string) => / and /u.test(phrase) || /^\p{Ll}+s$/u.test(lastWord(phrase));
// Words for what a body issues, through which an official speaks: "the statement added".
const ISSUED = /\b(?:statement|communiqu[eé]|release|report|letter|announcement)s?$/iu;

/** Whether a phrase names a person: a title, or a name the article introduces as a person's. */
function isPerson(article: Article, phrase: string): boolean {
  if (isPersonPhrase(phrase)) return true;
  return article.paragraphs.some((p) => peopleIntroducedIn(p.text).some((name) => phrase.includes(name)));
}

/** Pronouns, bare names and descriptions ("the official") to the nearest fitting phrase named before. */
export function resolveSpeaker(
  article: Article,
  quote: QuoteSpan,
  phrase: string,
  mentions: readonly SpeakerMention[],
): { phrase: string; exact: boolean } | undefined {
  const here = at({ paragraph: quote.paragraph, offset: quote.start });
  const before = mentions.filter((m) => at(m) < here).sort((a, b) => at(b) - at(a));
  const person = (p: string) =>
    isPerson(article, p) ||
    before.some((m) => isPerson(article, m.phrase) && lastWord(m.phrase) === lastWord(p));
  const to = (found: string | undefined) => (found ? { phrase: found, exact: false } : undefined);
  if (/^(?:he|she)$/iu.test(phrase)) {
    // The subject of the sentence before, when a person: "Mr Penhallow has criticised the cut. In
    // his statement he described it as …", though another spoke last.
    const subject = subjectOf(sentenceBefore(article, quote));
    const titled = isHonorific(subject.split(/\s+/u)[0] ?? '') && subject.includes(' ');
    const nearest = before.find((m) => person(m.phrase) && !isPlural(m.phrase))?.phrase;
    if (!subject || !(titled || person(subject)) || isPlural(subject)) return to(nearest);
    // The nearest speaker's fuller name when it is the same person ("Korsgaard").
    return to(nearest && lastWord(nearest) === lastWord(subject) ? nearest : subject);
  }
  if (/^they$/iu.test(phrase)) return to(before.find((m) => isPlural(m.phrase))?.phrase);
  if (/^it$/iu.test(phrase))
    return to(bodyBefore(article, quote) ?? before.find((m) => !person(m.phrase))?.phrase);
  // "Jong said" after "Jong Myong-hak": a name written family name first, which a bare surname
  // would not find ("Kirby" finds "John Kirby" by its last word when speakers are merged).
  if (/^\p{Lu}[\p{L}’'-]*$/u.test(phrase)) {
    const fuller = before.find((m) => m.phrase.split(/\s+/u).slice(0, -1).includes(phrase));
    return { phrase: fuller?.phrase ?? phrase, exact: true };
  }
  const head = /^the (\p{Ll}+)$/iu.exec(phrase)?.[1];
  if (!head) return { phrase, exact: true };
  const word = new RegExp(`\\b${head}\\b`, 'u');
  const named = before.find((m) => m.phrase.toLowerCase() !== phrase.toLowerCase() && word.test(m.phrase));
  if (named) return to(named.phrase);
  // "the regime" after "the Pyongyang regime" earlier in the article.
  const earlier = article.paragraphs
    .slice(0, quote.paragraph)
    .map((p) => (p.number === quote.paragraph ? p.text.slice(0, quote.start) : p.text))
    .join('\n');
  const full = new RegExp(`\\bthe ((?:\\p{Lu}[\\p{L}-]*\\s+)+)${head}\\b`, 'u').exec(earlier);
  return full ? to(`the ${full[1]}${head}`) : { phrase, exact: true };
}

/** The sentence before the one whose verb introduces the quote. */
function sentenceBefore(article: Article, quote: QuoteSpan): string {
  const sentences = article.paragraphs
    .slice(0, quote.paragraph)
    .flatMap((p) =>
      p.sentences.filter((s) => p.number < quote.paragraph || s.end <= (quote.verbAt ?? quote.start)),
    );
  return sentences.at(-1)?.text ?? '';
}

// "The trust has asked …. It said …": a body named by a common noun, before its verb.
const COMMON_SUBJECT =
  /^The\s+\p{Ll}+(?=\s+(?:has|have|had|is|was|were|are|says|said|will|would|\p{Ll}+ed)\b)/u;

/**
 * What "it" said refers to: the subject of the sentence before, when that is a name ("Marrowby
 * City Hospital, which serves …, has been diverting ambulances. It said …").
 */
function bodyBefore(article: Article, quote: QuoteSpan): string | undefined {
  const last = sentenceBefore(article, quote);
  const subject = subjectOf(last);
  return subject.includes(' ') ? subject : (COMMON_SUBJECT.exec(last)?.[0] ?? undefined);
}

/** Who speaks through a statement: the nearest person or official named before it. */
export function voiceOf(
  article: Article,
  mention: string,
  quote: QuoteSpan,
  mentions: readonly SpeakerMention[],
): string | undefined {
  if (!ISSUED.test(mention)) return undefined;
  const here = at({ paragraph: quote.paragraph, offset: quote.start });
  return mentions
    .filter((m) => at(m) < here && !ISSUED.test(m.phrase) && isPerson(article, m.phrase))
    .sort((a, b) => at(b) - at(a))[0]?.phrase;
}
