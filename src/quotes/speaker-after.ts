import { phraseAfter, phraseBefore } from './phrases.ts';
import { speechVerbs } from './said.ts';
import { type Found, withoutAside } from './speaker-phrase.ts';

/** "…,” said X" or "…,” X said": the speaker in the words after a quotation. */
export function fromAfter(after: string): Found | undefined {
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
