import { monthStart, type Part, type Period } from './periods.ts';

function partBefore(text: string, index: number): Part | undefined {
  const before = text.slice(Math.max(0, index - 12), index).toLowerCase();
  const match = /\b(early|mid|late)[\s-]*(?:in\s+)?$/u.exec(before);
  return match?.[1] as Part | undefined;
}

/** A month named as a deadline: "by the end of November" is late November, "before December" too. */
export function deadline(
  text: string,
  index: number,
  words: string,
  month: string,
): Pick<Period, 'start' | 'part'> {
  if (/^(?:the\s+)?end of\b/iu.test(words)) return { start: month, part: 'late' };
  if (/^(?:the\s+)?(?:start|beginning) of\b/iu.test(words)) return { start: month, part: 'early' };
  if (/\bbefore\s+$/iu.test(text.slice(Math.max(0, index - 8), index)))
    return { start: monthStart(month, -1), part: 'late' };
  return { start: month, part: partBefore(text, index) };
}
