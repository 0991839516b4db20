import { termOf } from './text.ts';
import { words } from './words.ts';

/** A count with what it counts: "2 million barrels" → 2000000 of "barrel". */
export interface Quantity {
  readonly value: number;
  readonly unit: string;
  readonly text: string;
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
const SKIP = new Set('of more than about some nearly almost around over per cent'.split(' '));

/** The value of a number as written: "1,500", "2.5", "five"; undefined for other words. */
function numberValue(raw: string): number | undefined {
  if (/^\d+(?:[.,]\d+)*$/u.test(raw)) {
    // "1,500" groups thousands; "2,5" is a European decimal.
    return Number(/,\d{3}(?:\D|$)/u.test(raw) ? raw.replace(/,/gu, '') : raw.replace(',', '.'));
  }
  const word = raw.toLowerCase();
  return UNITS[word] ?? TENS[word];
}

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
    let j = i + 1;
    // "twenty-five" comes as two words joined by a hyphen.
    const unit = UNITS[list[j]?.norm ?? ''];
    if (TENS[first.norm] && unit !== undefined && unit < 10 && text[first.end] === '-') {
      value += unit;
      j++;
    }
    for (let scale = SCALES[list[j]?.norm ?? '']; scale; scale = SCALES[list[++j]?.norm ?? ''])
      value *= scale;
    while (list[j] && SKIP.has(list[j]?.norm ?? '')) j++;
    const counted = list[j];
    const term = counted && numberValue(raw(j)) === undefined ? termOf(counted) : undefined;
    if (term && counted) found.push({ value, unit: term, text: text.slice(first.start, counted.end) });
    i = j - 1;
  }
  return found;
}
