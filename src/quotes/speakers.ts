import { jaccard } from '../retrieval/near-duplicates.ts';
import { isPersonPhrase } from './phrases.ts';

/** A named person; an official the text leaves unnamed; a body (state, agency, statement). */
export type SpeakerKind = 'person' | 'official' | 'body';

export interface Speaker {
  readonly id: string;
  /** The longest proper name among its mentions, or for the unnamed the fullest description. */
  readonly name: string;
  /** Title words before the name ("National Security Council spokesman"); null when none. */
  readonly role: string | null;
  readonly kind: SpeakerKind;
  /** Every other way the articles refer to it. */
  readonly aliases: readonly string[];
}

interface Parsed {
  readonly phrase: string;
  readonly name: string;
  readonly role: string | null;
  readonly named: boolean;
}

const capitalised = (w: string) => /^[\p{Lu}\p{N}]/u.test(w);
// Words that tie a description together; a capitalised run after them is not a name of the speaker.
const LINKS = new Set('of at in from for to and the by on with'.split(' '));

const HONORIFIC = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame)\.?\s+(?=\p{Lu})/u;

/** Splits a speaker phrase into its name and title: "spokesman John Kirby" → John Kirby, spokesman. */
export function parsePhrase(phrase: string): Parsed {
  // "Mr Mellings", "Dr. Hollander": an honorific is no part of the name, nor a role.
  // "Its general secretary, Ruaridh Keel": a possessive says whose, not what the role is.
  const bare = phrase.replace(/^(?:the|a|an|its|his|her|their|our)\s+/iu, '').replace(HONORIFIC, '');
  // A description keeps its article, in lower case as inside a sentence: "the statement".
  const described = phrase.replace(/^(?:The|A|An)\b/u, (d) => d.toLowerCase());
  const tokens = bare.split(/\s+/u);
  let run = tokens.length;
  while (run > 0 && capitalised(tokens[run - 1] ?? '')) run--;
  const before = tokens[run - 1];
  if (run === tokens.length) return { phrase, name: described, role: null, named: false };
  if (run === 0) {
    // "Mayor Anna Berg", "Transport Minister Lara Benedek": a capitalised title leads the name (up
    // to its last title word), unless all of it is titles.
    const titles = tokens.slice(0, -1).map((t) => isPersonPhrase(t));
    const title = titles.lastIndexOf(true) + 1;
    const name = tokens.slice(title).join(' ');
    if (title === 0 || isPersonPhrase(name)) return { phrase, name: bare, role: null, named: true };
    return { phrase, name, role: tokens.slice(0, title).join(' '), named: true };
  }
  if (before && !LINKS.has(before.toLowerCase()) && !/[’']s$/u.test(before))
    return { phrase, name: tokens.slice(run).join(' '), role: tokens.slice(0, run).join(' '), named: true };
  return { phrase, name: described, role: null, named: false };
}

// Possessives and function words say nothing about who a description means.
export const contentTokens = (text: string): Set<string> =>
  new Set(
    text
      .toLowerCase()
      .replace(/[’']s\b/gu, '')
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 1 && !LINKS.has(w) && w !== 'an'),
  );
const SAME_DESCRIPTION = 0.6;
const longest = (list: readonly string[]) => list.reduce((a, b) => (b.length > a.length ? b : a), '');

/** Speakers merged from mention phrases: by shared name tokens, or by near-identical descriptions. */
export class SpeakerBook {
  readonly speakers: Speaker[] = [];
  private readonly byPhrase = new Map<string, Speaker>();

  /**
   * `people`: full names the articles introduce as people's ("Jonas Pirrer, a baker");
   * `spelled`: acronyms the articles spell out, by their letters ("NFSA" → "National Food …").
   */
  constructor(
    phrases: readonly string[],
    people: ReadonlySet<string> = new Set(),
    spelled: ReadonlyMap<string, string> = new Map(),
  ) {
    // A bare name one person of the story bears ("Marsh", "Okafor") is that person.
    const fullName = (p: Parsed) => {
      const bearers = [...people].filter((n) => n === p.name || n.endsWith(` ${p.name}`));
      return p.named && p.role === null && bearers.length === 1 ? { ...p, name: bearers[0] ?? p.name } : p;
    };
    const parsed = [...new Set(phrases)].map(parsePhrase).map(fullName);
    const groups: Parsed[][] = [];
    const isPerson = (p: Parsed) =>
      p.named && ((p.role !== null && isPersonPhrase(p.role)) || people.has(p.name));
    // People first, keyed by surname, so that a bare "Kirby" joins "John Kirby" below.
    for (const p of parsed.filter(isPerson)) {
      const surname = p.name.split(' ').at(-1);
      const group = groups.find((g) => g.some((q) => q.name.split(' ').at(-1) === surname));
      group ? group.push(p) : groups.push([p]);
    }
    for (const p of parsed.filter((q) => !isPerson(q))) {
      const tokens = contentTokens(p.name);
      // "the transport minister": the one person whose title holds every word of the description.
      const titled = p.named
        ? []
        : groups.filter((g) =>
            g.some(
              (q) => isPerson(q) && q.role && [...tokens].every((t) => contentTokens(q.role ?? '').has(t)),
            ),
          );
      if (titled.length === 1) {
        titled[0]?.push(p);
        continue;
      }
      const group = groups.find((g) =>
        g.some((q) =>
          p.named && isPerson(q)
            ? [...tokens].every((t) => contentTokens(q.name).has(t))
            : q.named === p.named && jaccard(tokens, contentTokens(q.name)) >= SAME_DESCRIPTION,
        ),
      );
      group ? group.push(p) : groups.push([p]);
    }
    for (const group of groups) {
      const person = group.some(isPerson);
      const named = group.filter((p) => p.named);
      const given = longest((person ? named : group).map((p) => p.name));
      // "NFSA": a body the articles also spell out goes by its full name, the letters an alias.
      const name = spelled.get(given) ?? given;
      const roles = group.flatMap((p) => (p.role ? [p.role] : []));
      const kind: SpeakerKind = person
        ? 'person'
        : group.some((p) => isPersonPhrase(p.name))
          ? 'official'
          : 'body';
      const aliases = [...new Set(group.flatMap((p) => [p.phrase, p.name]))].filter((a) => a !== name);
      const id = name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-');
      const speaker = { id, name, role: roles.length > 0 ? longest(roles) : null, kind, aliases };
      this.speakers.push(speaker);
      for (const p of group) this.byPhrase.set(p.phrase, speaker);
    }
  }

  of(phrase: string | undefined): Speaker | undefined {
    return phrase === undefined ? undefined : this.byPhrase.get(phrase);
  }
}

/** How a reply names a speaker, saying whether it is a person, an unnamed official or a body. */
export function describeSpeaker(speaker: Speaker | undefined): string {
  if (!speaker) return 'Unattributed (the article names no speaker)';
  if (speaker.kind === 'official') return `${speaker.name} (unnamed official)`;
  if (speaker.kind === 'body') return `${speaker.name} (${speaker.role ?? 'a body, not a person'})`;
  return speaker.role ? `${speaker.name} (${speaker.role})` : speaker.name;
}
