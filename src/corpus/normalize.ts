// Invisible characters that split a word without showing: zero-width space, non-joiner and joiner,
// word joiner, byte-order mark, soft hyphen and the Mongolian vowel separator.
const INVISIBLE = /[\u00ad\u180e\u200b-\u200d\u2060\ufeff]/gu;

/**
 * The one normal form of text for matching, applied identically to articles (when loaded) and to
 * what users type (at the commands' boundary): Unicode NFKC, so full-width letters, ligatures and
 * no-break spaces read as their plain forms, and invisible characters removed, so "Kir\u200bby"
 * is "Kirby". Line breaks and visible punctuation are kept.
 */
export function normalizeText(text: string): string {
  return text.replace(INVISIBLE, '').normalize('NFKC');
}
