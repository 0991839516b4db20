import { termOf, type Word, words } from './text.ts';

// News spells an acronym out once, "the Korean Central News Agency (KCNA)", and then uses either
// form. Each acronym an article defines that way is learned, so that a passage using one form
// also carries the terms of the other, and a question in either form finds both.

/** An acronym's term and the terms of what it stands for, in order. */
export interface Acronym {
  readonly term: string;
  readonly phrase: readonly string[];
  /** As the article writes them: "NFSA", "National Food Standards Authority". */
  readonly letters: string;
  readonly written: string;
}

// Words a spelled-out name may hold without giving the acronym a letter ("Ministry of Defense").
const UNLETTERED = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'at', "'s"]);

/** The acronyms the texts define by a parenthesis after their spelled-out form. */
export function definedAcronyms(texts: readonly string[]): Acronym[] {
  const found = new Map<string, Acronym>();
  for (const text of texts) {
    const list = words(text);
    list.forEach((word, i) => {
      if (!word.acronym || text[word.start - 1] !== '(' || text[word.end] !== ')') return;
      const letters = word.norm.toUpperCase();
      const taken = spelledOut(text, list.slice(0, i), letters);
      const term = termOf(word);
      const [first, last] = [taken?.[0], taken?.at(-1)];
      if (!term || !taken || !first || !last || found.has(term)) return;
      const phrase = taken.flatMap((w) => termOf({ ...w, acronym: false }) ?? []);
      found.set(term, { term, phrase, letters, written: text.slice(first.start, last.end) });
    });
  }
  return [...found.values()];
}

/** The capitalised words just before an acronym whose initials spell it. */
function spelledOut(text: string, before: readonly Word[], letters: string): Word[] | undefined {
  let rest = letters;
  const taken: Word[] = [];
  for (let i = before.length - 1; i >= 0 && rest.length > 0; i--) {
    const word = before[i];
    if (!word) break;
    const initial = text.charAt(word.start);
    if (UNLETTERED.has(word.norm) && taken.length > 0) continue;
    if (initial !== rest.at(-1) || initial.toLowerCase() === initial) return undefined;
    taken.unshift(word);
    rest = rest.slice(0, -1);
  }
  if (rest.length > 0 || taken.length < 2) return undefined;
  return taken;
}

/** The terms a passage gains: a defined acronym's phrase where it is used, and the reverse. */
export function acronymTerms(terms: readonly string[], acronyms: readonly Acronym[]): string[] {
  const out: string[] = [];
  const present = new Set(terms);
  for (const { term, phrase } of acronyms) {
    const hasPhrase = holdsInOrder(terms, phrase);
    if (present.has(term) && !hasPhrase) out.push(...phrase);
    else if (hasPhrase && !present.has(term)) out.push(term);
  }
  return out;
}

function holdsInOrder(terms: readonly string[], phrase: readonly string[]): boolean {
  for (let i = terms.indexOf(phrase[0] ?? ''); i >= 0; i = terms.indexOf(phrase[0] ?? '', i + 1)) {
    if (phrase.every((t, k) => terms[i + k] === t)) return true;
  }
  return false;
}
