import { isCommonWord } from './resources/word-forms.ts';
import { words } from './words.ts';

/** A proper name of two words or more, as written and as comparable words. */
export interface Name {
  readonly text: string;
  readonly words: readonly string[];
}

// Capitalised words that open sentences or name times rather than things.
const NOT_NAME =
  /^(?:the|a|an|in|on|at|last|earlier|early|later|this|that|however|meanwhile|furthermore|according|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/u;
const CAPITALISED = /^[\p{Lu}]/u;
// Particles of surnames, written in lower case inside a name: "Pieter van der Molen", "Ursula von
// der Leyen", "Ahmed bin Salem".
const PARTICLE = /^(?:van|von|der|den|de|da|di|du|la|le|al|el|bin|ibn|ter|ten|zu|dos|das|del|della)$/u;

/**
 * Runs of capitalised words: "Operation Vigilant Storm", "White House National Security Council".
 * A possessive ends a run ("North Korea’s Deputy Director" is two names), as does punctuation.
 */
export function namesIn(text: string): Name[] {
  const names: Name[] = [];
  let run: { start: number; end: number; words: string[] } | undefined;
  const close = () => {
    if (run && run.words.length >= 2) {
      const shown = text.slice(run.start, run.end).replace(/[’']s$/u, '');
      names.push({ text: shown, words: run.words });
    }
    run = undefined;
  };
  // Particles after a name's first word, kept only if a capitalised word follows them.
  let particles: { norm: string; end: number }[] = [];
  for (const word of words(text)) {
    const raw = text.slice(word.start, word.end);
    const between = run ? text.slice(particles.at(-1)?.end ?? run.end, word.start) : '';
    if (run && !/^\s+$/u.test(between)) close();
    if (run && PARTICLE.test(raw)) {
      particles.push({ norm: word.norm, end: word.end });
      continue;
    }
    if (!CAPITALISED.test(raw) || (!run && NOT_NAME.test(word.norm))) {
      close();
      particles = [];
      continue;
    }
    const norm = word.norm.replace(/[’']s$/u, '');
    run = run
      ? { ...run, end: word.end, words: [...run.words, ...particles.map((p) => p.norm), norm] }
      : { start: word.start, end: word.end, words: [norm] };
    particles = [];
    if (/[’']s$/u.test(raw)) close();
  }
  close();
  return names;
}

const contains = (outer: readonly string[], inner: readonly string[]) =>
  inner.every((w) => outer.includes(w));

/**
 * Two names for what must be one thing: the same head word ("Storm") with other words before it,
 * neither holding the other ("National Security Council" is part of "White House National
 * Security Council") and not the same words reordered ("Foreign Military Affairs").
 */
export function conflictingNames(a: Name, b: Name): boolean {
  return (
    a.words.at(-1) === b.words.at(-1) &&
    !contains(a.words, b.words) &&
    !contains(b.words, a.words) &&
    !samePersonTitled(a, b) &&
    !initialled(a, b) &&
    !initialled(b, a)
  );
}

/**
 * Whether `short` writes a run of `long`'s words as their initials and the rest alike: "UN
 * Security Council" for "United Nations Security Council".
 */
function initialled(short: Name, long: Name): boolean {
  const extra = long.words.length - short.words.length;
  if (extra < 1) return false;
  return short.words.some((word, i) => {
    if (word.length !== extra + 1) return false;
    const run = long.words.slice(i, i + word.length);
    const same = (x: readonly string[], y: readonly string[]) => x.join(' ') === y.join(' ');
    return (
      run.map((w) => w[0]).join('') === word &&
      same(short.words.slice(0, i), long.words.slice(0, i)) &&
      same(short.words.slice(i + 1), long.words.slice(i + word.length))
    );
  });
}

/**
 * One person's full name with other words before it ("Councillor Imogen Tarrant", "Cllr Imogen
 * Tarrant"): two titles of one person, no other name. A post's grade is compared apart (posts.ts).
 * The shared words must start at a given name, not an ordinary word ("Foreign Ministry").
 */
function samePersonTitled(a: Name, b: Name): boolean {
  let tail = 0;
  while (tail < Math.min(a.words.length, b.words.length) && a.words.at(-1 - tail) === b.words.at(-1 - tail))
    tail++;
  const first = a.words.at(-tail);
  return tail >= 2 && first !== undefined && !isCommonWord(first);
}

/** Whether a text mentions a name, comparing words rather than spelling or punctuation. */
export function mentions(textWords: readonly string[], name: Name): boolean {
  const n = name.words.length;
  for (let i = 0; i + n <= textWords.length; i++)
    if (name.words.every((w, k) => textWords[i + k]?.replace(/[’']s$/u, '') === w)) return true;
  return false;
}

/** Letters to change, add or drop to turn one word into the other (Levenshtein). */
export function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min(
        (row[j] ?? 0) + 1,
        (next[j - 1] ?? 0) + 1,
        (row[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    row = next;
  }
  return row[b.length] ?? 0;
}

// A spelling differs by a letter or two in a word of some length ("Lindqvist", "Lindkvist").
const MAX_EDITS = 2;
const MIN_LETTERS = 5;

/**
 * Two spellings of one name: the same words but one, which differs by a letter or two and is no
 * ordinary English word (not "Minister" and "Ministry"), nor a form of the other ("Korea",
 * "Korean"); or the same letters in words written apart or together.
 */
export function spellingVariants(a: Name, b: Name): boolean {
  // The same letters written apart or together: "Pieter van der Molen", "Pieter Vandermolen".
  if (a.words.length !== b.words.length) return a.words.join('') === b.words.join('');
  if (a.words.length < 2) return false;
  const differ = a.words.flatMap((w, i) => (w === b.words[i] ? [] : [[w, b.words[i] ?? '']]));
  if (differ.length !== 1) return false;
  const [x = '', y = ''] = differ[0] ?? [];
  if (Math.min(x.length, y.length) < MIN_LETTERS || x.startsWith(y) || y.startsWith(x)) return false;
  // No fewer edits than the difference in length: most pairs end here, before the distance.
  if (Math.abs(x.length - y.length) > MAX_EDITS) return false;
  return editDistance(x, y) <= MAX_EDITS && !isCommonWord(x) && !isCommonWord(y);
}
