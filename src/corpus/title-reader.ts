import { isBoilerplate, READING_TIME } from './boilerplate.ts';
import { HEADLINE_WORDS, isStandfirst, pickTitle, tidyTitle } from './headline.ts';
import { isByline, isDateLine, words } from './line-kind.ts';

// Which headline-like line above the body is the title. The last one read is taken (a site's
// name and tagline come first on a page), until a byline just under it says the headline has
// been seen: the headline-like lines after it are an image's alt text, a caption or a box's
// heading. A line taken right before the byline may be the standfirst under the headline
// ("Inverbrae villagers raise £310,000 to save last shop" / "Community company completes
// purchase after 18-month campaign" / "Written by …"): the line it replaced, a few lines above
// and no shorter, is the headline.

// Lines from the headline to its byline: a standfirst, a date, a post under the name.
const BYLINE_UNDER_TITLE = 3;
// Writers' names alone, without "By": "Marit de Boer, Sjoerd Hellinga", "Priya Raman and Tom
// Whitford", "Kwame Asante-Boateng | Techiman" (a place after a bar). Read as a byline only when
// a date or a reading time follows at once, as under a headline.
const NAME =
  "\\p{Lu}[\\p{L}'’.-]+(?:\\s+(?:(?:de|van|der|den|von|da|di|del|la|le|al|bin|ibn|ter|du)\\s+)*\\p{Lu}[\\p{L}'’.-]+){1,3}";
const NAMES_ALONE = new RegExp(
  `^${NAME}(?:(?:,\\s*|\\s+(?:and|&)\\s+)${NAME}){0,3}(?:\\s*\\|\\s*\\p{Lu}[\\p{L} -]*)?$`,
  'u',
);

// A page's widgets between a headline and its byline ("Listen to this article", "4 min", "1 hour
// ago", "Share") do not set the byline further from the headline. A date does: over a byline
// above the headline, a date may stand under the site's tagline.
const TIME_AGO = /^(?:updated\s+)?\d+\s*(?:s|m|h|d|secs?|mins?|hrs?|seconds?|minutes?|hours?|days?)\s+ago$/iu;
const isWidget = (line: string) =>
  isBoilerplate(line) || READING_TIME.test(line) || TIME_AGO.test(line) || words(line).length <= 1;

export class TitleReader {
  private current = '';
  private at = -1;
  private replaced = '';
  private replacedAt = -1;
  private bylined = false;
  /** Widgets read since the headline-like line at `at`. */
  private widgets = 0;

  get title(): string {
    return tidyTitle(this.current);
  }

  /** Any line above the body, by its position on the page. */
  notice(line: string, i: number): void {
    if (i > this.at && isWidget(line)) this.widgets++;
    if (this.current === '' || this.bylined || i - this.at - this.widgets > BYLINE_UNDER_TITLE) return;
    if (
      this.at === i - 1 &&
      (isDateLine(line) || READING_TIME.test(line)) &&
      NAMES_ALONE.test(this.current)
    ) {
      this.bylined = true;
      this.current = this.replaced;
      return;
    }
    if (!isByline(line)) return;
    this.bylined = true;
    const standfirstAbove =
      this.replaced !== '' &&
      this.at - this.replacedAt <= BYLINE_UNDER_TITLE &&
      words(this.replaced).length >= words(this.current).length;
    if (standfirstAbove) this.current = this.replaced;
  }

  /** A headline-like line above the body. */
  offer(line: string, i: number): void {
    if (this.bylined) return;
    // Right under the headline, a longer line (or one in sentence case under one in title case)
    // is its standfirst.
    const standfirst = words(this.current).length >= HEADLINE_WORDS.standfirstUnder;
    if (this.at === i - 1 && standfirst && isStandfirst(line, this.current)) return;
    const next = pickTitle(this.current, line);
    // A page's <title> ("Headline | Site") read first is the headline itself, not another line.
    if (next !== this.current && !this.current.startsWith(next)) {
      this.replaced = this.current;
      this.replacedAt = this.at;
    }
    this.current = next;
    this.at = i;
    this.widgets = 0;
  }
}
