import { eng } from 'stopword';
import { lemmatizer } from './resources/lemma.ts';
import { endsNonPersonName, hasPersonSense, isPersonNoun } from './resources/noun-kinds.ts';
import { lookUp } from './resources/wordnet.ts';

// People named in news text, told from places and organisations by the syntax news uses to
// introduce a person: a title before the name ("Governor Elin Marsh", "chief prosecutor Lukas
// Ferrand"), an apposition naming a role after it ("Jonas Pirrer, a baker", "Ri Chol-jun, vice
// director of …") or an age ("Renate Hollmann (67)"). Whether a word is a title or a role is
// WordNet's call (noun.person), never a list.

const isTitle = (word: string) => isPersonNoun(word.toLowerCase().replace(/[,.]$/u, ''));
// ", a former judge at …", ", vice director of …", ", director-general of …": a role within a few words.
const APPOSITION =
  /^,\s+(?:(?:a|an|the|its|his|her|their)\s+)?((?:[\p{L}’'-]+\s+){0,5}?[\p{L}’'-]+?)(?=\s+(?:of|at|for|in|from|who|with|on)\b|,|\.|\s*$)/u;
const STOP = new Set(eng);
const isNounOnly = (word: string) =>
  !STOP.has(word) &&
  lookUp(word, 'noun') !== undefined &&
  lookUp(lemmatizer.verb(word), 'verb') === undefined;
// Runs of capitalised words, hyphenated parts included ("Jong Myong-hak", "Eleanor Vasquez-Hart").
const NAME_RUN = /(?<![\p{L}’'-])\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)+/gu;
// A title that heads a name is a noun alone: "Governor", "Mayor"; not "White", "Russian", "National".
// An honorific ("Dr Felix Amberly", "Mrs Pike") heads only a person's name.
const HONORIFIC = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Rev)\.?$/u;
/** Whether a word is a title of address: "Mr", "Dr.". */
export const isHonorific = (word: string): boolean => HONORIFIC.test(word);
const isLeadingTitle = (word: string) =>
  HONORIFIC.test(word) || (isTitle(word) && lookUp(word.toLowerCase(), 'adj') === undefined);
// An age in brackets or between commas: "Renate Hollmann (67)", "Margaret Coyle, 71, from …".
const AGE = /^\s*\(\d{1,3}\)|^,\s*\d{1,3}\s*,/u;

/** Whether a run of capitalised words, as it stands in `text`, names a person. */
function isPersonAt(text: string, start: number, end: number): boolean {
  const before = /(\S+)\s+$/u.exec(text.slice(Math.max(0, start - 40), start))?.[1] ?? '';
  const after = text.slice(end, end + 80);
  // "spokesman John Kirby said"; not "official North Korean news agency", where the name qualifies a noun.
  const next = /^\s+(\p{Ll}+)/u.exec(after)?.[1];
  if (/^\p{Ll}/u.test(before) && isTitle(before) && !(next && isNounOnly(next))) return true;
  if (AGE.test(after)) return true;
  // "Deborah Pike, who runs Pike's Deli, said": news writes "who" of people, "which" of bodies.
  if (/^,\s+who\b/u.test(after)) return true;
  const apposition = APPOSITION.exec(after);
  const role = apposition?.[1];
  // A post of a body ("chair of the association", "head of the agency") is a person's in any of
  // the noun's senses.
  const post = apposition !== null && /^\s+of\b/u.test(after.slice(apposition[0].length));
  const isRole = (w: string) => isTitle(w) || (post && hasPersonSense(w.toLowerCase()));
  // One person's role is singular: ", the first residents" describes others.
  return role?.split(/[\s-]+/u).some((w) => isRole(w) && !/[^s]s$/u.test(w)) ?? false;
}

/** The full names of the people `text` introduces, titles left out ("Elin Marsh"). */
export function peopleIntroducedIn(text: string): string[] {
  const found: string[] = [];
  for (const run of text.matchAll(NAME_RUN)) {
    // "On Thursday, an official …", "But Margaret Fairlie, a retired teacher": a capitalised
    // function word opens a sentence, not a name.
    const opener = /^(\p{Lu}\p{Ll}*)\s+/u.exec(run[0]);
    const skip = opener?.[1] && STOP.has(opener[1].toLowerCase()) ? opener[0].length : 0;
    const written = run[0].slice(skip).replace(/[’']s$/u, '');
    const start = run.index + skip;
    const tokens = written.split(/\s+/u);
    // Leading titles belong to the description: "Governor Elin Marsh", "Transport Minister Lara Benedek".
    const titles = tokens.slice(0, -2).map(isLeadingTitle);
    const title = titles.lastIndexOf(true) + 1;
    const own = tokens.slice(title);
    // "Halvorsen Polymers, a maker of …", "North Korea, …": a body's or place's name ends in a common noun.
    const last = own.at(-1) ?? '';
    if (own.length < 2 || own.length > 3 || ((title > 0 || last.length > 4) && endsNonPersonName(last)))
      continue;
    if (title > 0 || isPersonAt(text, start, start + written.length)) found.push(own.join(' '));
  }
  return [...new Set(found)];
}

/**
 * People of a story by the words that name them: the full name and its last part ("Marsh told
 * reporters"); its first part too ("Jong said") when no other person or name starts with it
 * ("Halvorsen" also opens "Halvorsen Polymers", "Tobias" two spellings of one commander).
 */
export class PeopleIndex {
  private readonly byPart = new Map<string, Set<string>>();
  /** Every person the texts introduce, by full name. */
  readonly people: readonly string[];

  constructor(texts: readonly string[]) {
    const people = [...new Set(texts.flatMap(peopleIntroducedIn))];
    this.people = people;
    const openers = new Map<string, Set<string>>();
    for (const text of texts)
      for (const run of text.matchAll(NAME_RUN)) {
        const first = run[0].split(/\s+/u)[0] ?? '';
        openers.set(first, (openers.get(first) ?? new Set()).add(run[0].replace(/[’']s$/u, '')));
      }
    const add = (part: string, person: string) =>
      this.byPart.set(part, (this.byPart.get(part) ?? new Set()).add(person));
    for (const person of people) {
      const parts = person.split(/\s+/u);
      add(parts.at(-1) ?? person, person);
      const first = parts[0] ?? '';
      const others = [...(openers.get(first) ?? [])].filter(
        (run) => !run.endsWith(person) && !person.endsWith(run),
      );
      if (
        first.length >= 3 &&
        others.length === 0 &&
        people.filter((p) => p.startsWith(`${first} `)).length === 1
      )
        add(first, person);
    }
  }

  /** The people a sentence names, in full or by one part of their name ("Marsh told reporters"). */
  in(text: string): Set<string> {
    const out = new Set<string>();
    for (const word of text.match(/\p{Lu}[\p{L}’'-]+/gu) ?? [])
      for (const person of this.byPart.get(word.replace(/[’']s$/u, '')) ?? []) out.add(person);
    return out;
  }
}

/** Two texts about different people: each names someone, and no one both name. */
export const differentPeople = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean =>
  a.size > 0 && b.size > 0 && ![...a].some((p) => b.has(p));
