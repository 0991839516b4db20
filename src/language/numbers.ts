import { AUXILIARY, COUNT_OF, isAgeOf, isVerbForm, TOLL } from './counted-before.ts';
import { isCurrencyWord } from './money.ts';
import { numberValue, SCALES, TENS, UNITS } from './number-words.ts';
import { lemmatizer } from './resources/lemma.ts';
import { isPersonNoun } from './resources/noun-kinds.ts';
import { baseOf } from './resources/word-forms.ts';
import { termOf } from './text.ts';
import { afterMonth, beforeMonth, CLOCK, CLOCK_AFTER, isYear } from './time-numbers.ts';
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

// Words between a number and what it counts.
const SKIP = new Set('of more than about some nearly almost around over per cent further'.split(' '));
// Words that say which of a kind, not what is counted: "37 former drivers", "80 remaining staff".
const MODIFIERS = new Set(
  'former ex new existing remaining additional extra current permanent temporary'.split(' '),
);
// A scale written onto the number: "£1.9m", "$5bn", "300k". "m" scales only money: "a 3m wall".
const SUFFIX_SCALES: Readonly<Record<string, number>> = { k: 1e3, m: 1e6, mn: 1e6, bn: 1e9, tn: 1e12 };
const MONEY_ONLY = new Set(['m']);
// Currency signs before a number name its unit: "€20 million" counts euros.
const CURRENCY: Readonly<Record<string, string>> = { '€': 'euro', $: 'dollar', '£': 'pound', '¥': 'yen' };
// Words that stand for the people counted just before ("12 killed and 31 others", "12 died and 31 were
// injured") or for people in general.
const PEOPLE = new Set(['peopl', 'person', 'other', 'others']);

// "12 firefighters and 31 others": people counted after people are of that kind; after a count of
// anything else ("11 products … 14 people") they are people.
export const countsPeople = (q: Quantity): boolean => {
  const word = q.text.split(/\s+/u).at(-1)?.toLowerCase() ?? '';
  return PEOPLE.has(q.unit) || isPersonNoun(lemmatizer.noun(word));
};

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
    const sign = CURRENCY[text[first.start - 1] ?? ''];
    const suffix = list[j];
    const suffixScale = suffix && suffix.start === list[j - 1]?.end ? SUFFIX_SCALES[suffix.norm] : undefined;
    if (suffixScale && (!MONEY_ONLY.has(suffix?.norm ?? '') || sign || isCurrencyWord(raw(j + 1)))) {
      value *= suffixScale;
      j++;
    }
    for (let scale = SCALES[list[j]?.norm ?? '']; scale; scale = SCALES[list[++j]?.norm ?? ''])
      value *= scale;
    const numberEnd = list[j - 1]?.end ?? first.end;
    // "Friday 13 March": a day of a month counts nothing.
    if (beforeMonth(raw(j))) continue;
    while (list[j] && (SKIP.has(list[j]?.norm ?? '') || MODIFIERS.has(list[j]?.norm ?? ''))) j++;
    // "140 Corlan employees", "20 Russian soldiers": a name before the noun says whose they are.
    for (let k = j; /^\p{Lu}\p{Ll}*[^s]$/u.test(raw(k)); k++)
      if (/^\p{Ll}/u.test(raw(k + 1)) && baseOf(raw(k + 1), 'noun')) j = k + 1;
    const counted = list[j];
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
