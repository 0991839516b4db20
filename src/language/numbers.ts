import { monthToken } from './dateline.ts';
import { lemmatizer } from './resources/lemma.ts';
import { isPersonNoun } from './resources/noun-kinds.ts';
import { lookUp } from './resources/wordnet.ts';
import { termOf } from './text.ts';
import { words } from './words.ts';

/** A count with what it counts: "2 million barrels" → 2000000 of "barrel". */
export interface Quantity {
  readonly value: number;
  readonly unit: string;
  readonly text: string;
  /** Offsets of the number in the text. */
  readonly start: number;
  readonly end: number;
}

const UNITS: Record<string, number> = Object.fromEntries(
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'
    .split(' ')
    .map((w, i) => [w, i]),
);
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const SCALES: Record<string, number> = {
  hundred: 1e2,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
};
// Words between a number and what it counts.
const SKIP = new Set('of more than about some nearly almost around over per cent further'.split(' '));
// Currency signs before a number name its unit: "€20 million" counts euros.
const CURRENCY: Readonly<Record<string, string>> = { '€': 'euro', $: 'dollar', '£': 'pound', '¥': 'yen' };
// Words that stand for the people counted just before ("12 killed and 31 others", "12 died and 31 were
// injured") or for people in general.
const PEOPLE = new Set(['peopl', 'person', 'other', 'others']);
// "The number of people killed … has risen to 14": the count of a thing named before the number.
const COUNT_OF =
  /\b(?:number|toll|total|tally|count)\s+of\s+(\p{L}+)[^.;]*?\b(?:to|at|reached|is|was|stands at)\s*$/iu;
// "The death toll … has risen to 11": a toll counts people.
const TOLL = /\btoll\b[^.;]*?\b(?:to|at|reached|is|was|stands at)\s*$/iu;

// "March 11", "Nov. 8": a number right after a month's name is a day of it.
function afterMonth(text: string, at: number): boolean {
  const previous = /(\p{L}+)\.?\s+$/u.exec(text.slice(0, at))?.[1];
  return previous !== undefined && monthToken(previous.toLowerCase()) !== undefined;
}

// "12 firefighters and 31 others": people counted after people are of that kind; after a count of
// anything else ("11 products … 14 people") they are people.
export const countsPeople = (q: Quantity): boolean => {
  const word = q.text.split(/\s+/u).at(-1)?.toLowerCase() ?? '';
  return PEOPLE.has(q.unit) || isPersonNoun(lemmatizer.noun(word));
};

// "The man who died was 81": a person said to be a number is that old.
const AGE_AFTER = /([^.;:!?,]{0,40})\b(?:was|is|aged)\s+$/u;
function isAgeOf(before: string, value: number): boolean {
  const subject = AGE_AFTER.exec(before)?.[1] ?? '';
  return (
    value < 120 &&
    (subject.match(/\b\p{Ll}+\b/gu) ?? []).some((w) => w.length > 2 && isPersonNoun(lemmatizer.noun(w)))
  );
}

const AUXILIARY = /^(?:were|was|are|is|have|had|has|remain|remained|remains)$/u;
// A past form that is no noun ("died", "fled"), read off WordNet through its base form.
const isVerbForm = (word: string) =>
  /^\p{Ll}+$/u.test(word) &&
  lemmatizer.verb(word) !== word &&
  lookUp(lemmatizer.noun(word), 'noun') === undefined &&
  lookUp(lemmatizer.verb(word), 'verb') !== undefined;

/** The value of a number as written: "1,500", "2.5", "five"; undefined for other words. */
function numberValue(raw: string): number | undefined {
  if (/^\d+(?:[.,]\d+)*$/u.test(raw)) {
    // "1,500" groups thousands; "2,5" is a European decimal.
    return Number(/,\d{3}(?:\D|$)/u.test(raw) ? raw.replace(/,/gu, '') : raw.replace(',', '.'));
  }
  const word = raw.toLowerCase();
  return UNITS[word] ?? TENS[word];
}

/** Whether a word is part of a number as written: "nine", "1,500", "million". */
export const isNumberWord = (word: string): boolean =>
  numberValue(word) !== undefined || SCALES[word.toLowerCase()] !== undefined;

const CLOCK = /^(?::\d{2}|\.\d{2}\s?[ap]\.?m\b|\s?[ap]\.?m\.?(?!\p{L}))/iu;
const CLOCK_AFTER = /\d[:.]$/u;
const isYear = (raw: string) => /^(?:1[89]|20)\d{2}$/u.test(raw);

/** Every count of something in a text; vague plurals ("millions of shells") are no count. */
export function quantitiesIn(text: string): Quantity[] {
  const list = words(text);
  const raw = (i: number) => {
    const w = list[i];
    return w ? text.slice(w.start, w.end) : '';
  };
  const found: Quantity[] = [];
  for (let i = 0; i < list.length; i++) {
    const first = list[i];
    let value = numberValue(raw(i));
    if (!first || value === undefined || isYear(raw(i))) continue;
    // "11:15 p.m.", "3.20am", "at 9 pm": a time of day counts nothing; its minutes neither.
    if (CLOCK.test(text.slice(first.end)) || CLOCK_AFTER.test(text.slice(0, first.start))) continue;
    // "March 11": a day of a month counts nothing.
    if (afterMonth(text, first.start)) continue;
    let j = i + 1;
    // "twenty-five" comes as two words joined by a hyphen.
    const ones = UNITS[list[j]?.norm ?? ''];
    if (TENS[first.norm] && ones !== undefined && ones < 10 && text[first.end] === '-') {
      value += ones;
      j++;
    }
    for (let scale = SCALES[list[j]?.norm ?? '']; scale; scale = SCALES[list[++j]?.norm ?? ''])
      value *= scale;
    const numberEnd = list[j - 1]?.end ?? first.end;
    while (list[j] && SKIP.has(list[j]?.norm ?? '')) j++;
    const counted = list[j];
    const sign = CURRENCY[text[first.start - 1] ?? ''];
    // A count ended by punctuation ("has risen to 14, officials said") names no thing after it.
    // Nor does one in brackets ("March 11 (MPA)"), nor a possessive ("one of Corrowby's employers").
    const apart = /[,.;:!?()]/u.test(text.slice(numberEnd, counted?.start));
    const possessive =
      counted !== undefined &&
      (/['’]s$/u.test(text.slice(counted.start, counted.end)) || /^['’]s\b/u.test(text.slice(counted.end)));
    const next = counted && !apart && !possessive ? counted : undefined;
    const nextRaw = next ? text.slice(next.start, next.end) : '';
    // "31 were injured", "Twelve died": the number is the subject; what it counts was said before.
    const subject = next !== undefined && (AUXILIARY.test(nextRaw) || isVerbForm(nextRaw));
    const term = next && !subject && numberValue(raw(j)) === undefined ? termOf(next) : undefined;
    const last = found.at(-1);
    const before = last?.unit;
    const named =
      COUNT_OF.exec(text.slice(0, first.start))?.[1] ??
      (TOLL.test(text.slice(0, first.start)) ? 'people' : undefined);
    const unit =
      sign ??
      (term && PEOPLE.has(term) ? (before && last && countsPeople(last) ? before : term) : term) ??
      (!next || subject ? (named ? termOf({ ...first, norm: named.toLowerCase() }) : before) : undefined) ??
      (isAgeOf(text.slice(0, first.start), value) ? 'year' : undefined);
    if (unit) {
      const end = term && next && !sign ? next.end : numberEnd;
      const from = first.start - (sign ? 1 : 0);
      found.push({ value, unit, text: text.slice(from, end), start: first.start, end });
    }
    i = j - 1;
  }
  return found;
}

/**
 * The numbers of a text that count nothing named ("the man who died was 81"): no year, no time
 * of day, no day of a month, none a count of `quantitiesIn` holds.
 */
export function bareNumbersIn(text: string): number[] {
  const counted = quantitiesIn(text);
  const out: number[] = [];
  for (const m of text.matchAll(/(?<![\p{L}\d.,:])\d+(?:[.,]\d+)?(?![\p{L}\d]|[:.]\d)/gu)) {
    const start = m.index;
    const value = numberValue(m[0]);
    if (value === undefined || isYear(m[0]) || counted.some((q) => start >= q.start && start < q.end))
      continue;
    if (CLOCK.test(text.slice(start + m[0].length)) || afterMonth(text, start)) continue;
    out.push(value);
  }
  return out;
}
