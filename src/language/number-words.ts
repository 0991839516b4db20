// Numbers as written, in words or digits, and what they are worth.

export const UNITS: Record<string, number> = Object.fromEntries(
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'
    .split(' ')
    .map((w, i) => [w, i]),
);
export const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
export const SCALES: Record<string, number> = {
  hundred: 1e2,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
};

/** The value of a number as written: "1,500", "2.5", "five"; undefined for other words. */
export function numberValue(raw: string): number | undefined {
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
