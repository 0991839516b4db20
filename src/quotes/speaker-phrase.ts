import { phraseBefore, subjectOf, withoutTrailing } from './phrases.ts';

/** A phrase naming a quote's speaker, with how sure the pattern that found it is. */
export interface Found {
  phrase: string;
  confidence: number;
}

// "Helen Cho, who studies arms exports, said", "Jong Myong-hak, director-general of …, said": the
// aside between commas is not the speaker, unless it is the name of the one described before it
// ("A company spokeswoman, Lena Hartig, said").
// An age stands between a name and the aside after it: "Maureen Ashdown, 71, of Lower Hythe, said".
export const withoutAside = (left: string) =>
  left
    .replace(/,([^,“”"]{1,160}),\s*$/u, (_, aside: string) =>
      /^\s*(?:\p{Lu}[\p{L}’'-]+\s+){1,2}\p{Lu}[\p{L}’'-]+\s*$/u.test(aside) ? ` ${aside.trim()}` : '',
    )
    .replace(/,\s*\d{1,3}\s*$/u, '');

/** The speaker phrase before a verb at `verbAt`, or the sentence's subject for "…, calling it". */
export function beforeVerb(sentence: string, verbAt: number, verb: string): Found | undefined {
  // "Cllr Imogen Tarrant, cabinet member for transport, has said": the aside ends before "has".
  const left = withoutAside(`${withoutTrailing(sentence.slice(0, verbAt)).trimStart()} `);
  const phrase = phraseBefore(left);
  if (phrase) return { phrase, confidence: 0.85 };
  // "… and said", "…, but said its supervisors had …": the verb shares the sentence's subject.
  if (/ing$/u.test(verb) || /\b(?:and|but)(?:\s+(?:also|then|later))?\s*$/u.test(left)) {
    const subject = subjectOf(sentence);
    return subject ? { phrase: subject, confidence: 0.6 } : undefined;
  }
  return undefined;
}
