// A news article is dated, and what it reports happened around that date: a passage of an
// article published in September answers "what did they say in September?" even when it only
// says "on Wednesday". Each passage carries its article's month as a token, and a month named in
// a question stands (as a near alternative) for that token.

const MONTHS = Array.from({ length: 12 }, (_, m) =>
  new Date(Date.UTC(2000, m, 1)).toLocaleString('en-US', { month: 'long', timeZone: 'UTC' }).toLowerCase(),
);

/** The month token of an ISO date ("2022-09-22" → "@published-september"), if it has a month. */
export function publishedToken(isoDate: string): string | undefined {
  const month = MONTHS[Number(isoDate.slice(5, 7)) - 1];
  return month ? `@published-${month}` : undefined;
}

/** The month token a word of a question names ("september", "sept", "sep"), if any. */
export function monthToken(word: string): string | undefined {
  const month = word.length >= 3 ? MONTHS.find((m) => m.startsWith(word.replace(/\.$/u, ''))) : undefined;
  return month && (word === month || word.length <= 4) ? `@published-${month}` : undefined;
}
