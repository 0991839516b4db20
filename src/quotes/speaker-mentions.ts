import type { Article } from '../corpus/types.ts';
import { peopleIntroducedIn } from '../language/people.ts';
import { isSpeechVerb } from '../language/speech-verbs.ts';
import { isPersonPhrase, PERSON_WORDS, phraseBefore, subjectOf } from './phrases.ts';
import type { Attributed, QuoteSpan } from './quotes.ts';

// Who the words naming a speaker refer to: a pronoun, a bare surname, "the official", a statement.

/** A phrase naming someone, where the article names them. */
export interface SpeakerMention {
  readonly phrase: string;
  readonly paragraph: number;
  readonly offset: number;
}

const at = (m: { paragraph: number; offset: number }) => m.paragraph * 1e6 + m.offset;
const lastWord = (phrase: string) => phrase.split(' ').at(-1) ?? '';
const isPlural = (phrase: string) => / and /u.test(phrase) || /^\p{Ll}+s$/u.test(lastWord(phrase));
// "spokesperson John Kirby spoke of …": people named in passing, whom a later "he" may mean. A
// title opening a sentence is capitalised ("Governor Elin Marsh visited …").
const ROLE_NAME = /(?<![\p{L}])(\p{L}+)\s+(?:\p{Lu}[\p{L}.-]+\s+)*\p{Lu}[\p{L}.-]+/gu;
const TITLE = new RegExp(`^${PERSON_WORDS}$`, 'u');
// Words for what a body issues, through which an official speaks: "the statement added".
const ISSUED = /\b(?:statement|communiqu[eé]|release|report|letter|announcement)s?$/iu;

/** The people and titled officials an article names, where it names them. */
export function speakerMentions(article: Article): SpeakerMention[] {
  const found: SpeakerMention[] = [];
  for (const p of article.paragraphs) {
    // The title may stand before the name or lead it: "Transport Minister Lara Benedek".
    for (const m of p.text.matchAll(ROLE_NAME))
      if (
        m[0]
          .split(/\s+/u)
          .slice(0, -1)
          .some((w) => TITLE.test(w.toLowerCase()))
      )
        found.push({
          phrase: phraseBefore(p.text.slice(0, m.index + m[0].length)),
          paragraph: p.number,
          offset: m.index,
        });
    // A person named without a title before the name ("Jonas Pirrer, a baker") is a mention too.
    for (const person of peopleIntroducedIn(p.text))
      if (!found.some((m) => m.paragraph === p.number && m.phrase.endsWith(person)))
        found.push({ phrase: person, paragraph: p.number, offset: p.text.indexOf(person) });
  }
  return [...found, ...laterSurnames(article, found)];
}

/**
 * A person named again by surname alone ("Korsgaard welcomed the agreement"), as a mention of
 * the full name where it stands: a "she said" after it means her, not someone named before.
 */
function laterSurnames(article: Article, named: readonly SpeakerMention[]): SpeakerMention[] {
  const out: SpeakerMention[] = [];
  // A capitalised word not right after another: "Lena Korsgaard" is the full mention already.
  for (const p of article.paragraphs)
    for (const m of p.text.matchAll(/(?<!\p{Lu}[\p{L}’'.-]*\s+)(?<![\p{L}’'-])\p{Lu}[\p{L}’'-]+/gu)) {
      const here = { paragraph: p.number, offset: m.index };
      const first = named.find(
        (n) => at(n) < at(here) && n.phrase.includes(' ') && lastWord(n.phrase) === m[0],
      );
      if (first) out.push({ phrase: first.phrase, ...here });
    }
  return out;
}

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
  if (/^(?:he|she)$/iu.test(phrase))
    return to(before.find((m) => person(m.phrase) && !isPlural(m.phrase))?.phrase);
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

/**
 * What "it" said refers to: the subject of the sentence before, when that is a name ("Marrowby
 * City Hospital, which serves …, has been diverting ambulances. It said …").
 */
function bodyBefore(article: Article, quote: QuoteSpan): string | undefined {
  const sentences = article.paragraphs
    .slice(0, quote.paragraph)
    .flatMap((p) =>
      p.sentences.filter((s) => p.number < quote.paragraph || s.end <= (quote.verbAt ?? quote.start)),
    );
  const subject = subjectOf(sentences.at(-1)?.text ?? '');
  return subject.includes(' ') ? subject : undefined;
}

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
