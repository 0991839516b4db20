import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import { z } from 'zod';
import { describeSpeaker } from '../quotes/speakers.ts';
import { type QuoteMatch, quoteBook, whoSaid } from '../quotes/who-said.ts';
import { choicesFrom } from './choices.ts';
import { offsetPastEnd } from './offset.ts';
import { hideOption } from './payload.ts';
import { notice, plain, type Reply } from './reply.ts';
import { userText } from './text-option.ts';
import type { Command } from './types.ts';

export const WHO_SAID_MAX = 200;
const PAGE = 5;

const options = z.object({
  quote: userText(WHO_SAID_MAX).optional(),
  speaker: userText(WHO_SAID_MAX).optional(),
  offset: z.coerce.number().int().min(0).default(0),
});

/** The matches with each speaker's together, speakers in the order of their best match. */
function bySpeaker(matches: readonly QuoteMatch[]): QuoteMatch[] {
  const key = (m: QuoteMatch) => `${m.speaker?.id ?? ''}|${m.voice?.id ?? ''}`;
  const first = new Map<string, number>();
  for (const [i, m] of matches.entries()) if (!first.has(key(m))) first.set(key(m), i);
  return matches
    .map((m, i) => ({ m, i }))
    .sort((a, b) => (first.get(key(a.m)) ?? 0) - (first.get(key(b.m)) ?? 0) || a.i - b.i)
    .map(({ m }) => m);
}

const option = (name: 'quote' | 'speaker', description: string) => ({
  type: ApplicationCommandOptionType.String as const,
  name,
  description,
  autocomplete: true,
  max_length: WHO_SAID_MAX,
});

export default {
  data: {
    name: 'who-said',
    description: 'Who said some words in the articles, or everything a speaker is quoted saying.',
    options: [
      option('quote', 'A few words of the quotation, e.g. "literally millions"'),
      option('speaker', 'A speaker, e.g. "John Kirby"'),
      hideOption,
    ],
  },
  options,
  hints: {
    quote: `Write a few words of the quotation, up to ${WHO_SAID_MAX} characters.`,
    speaker: `Write a speaker's name or title, up to ${WHO_SAID_MAX} characters, such as "Kirby".`,
    offset: 'Write the offset as a whole number, 0 or more.',
  },
  example: '/who-said quote:literally millions of rockets and artillery shells',
  feedback: true,
  execute({ story }, raw): Reply {
    const quote = raw.quote || undefined;
    const speaker = raw.speaker || undefined;
    if (!quote && !speaker) {
      const text = 'Give a few words of a quotation, or a speaker’s name.';
      return notice('/who-said needs a quote or a speaker', `${text} For example: /who-said speaker:Kirby`, {
        error: text,
      });
    }
    const result = whoSaid(story, { quote, speaker });
    const { offset } = raw;
    const past = offsetPastEnd('who-said', offset, result.matches.length, PAGE);
    if (past) return past;
    const cite = (ref: { articleId: string; paragraph: number }) => {
      const citation = story.citation(ref.articleId, ref.paragraph);
      return citation ? [citation] : [];
    };
    return {
      title: speaker && !quote ? `What ${speaker} is quoted saying` : 'Who said it',
      echo: result.query,
      // Each speaker named once, with their role, above their quotes.
      items: bySpeaker(result.matches)
        .slice(offset, offset + PAGE)
        .map((m) => ({
          group: m.voice ? `${describeSpeaker(m.speaker)}, of ${m.voice.name}` : describeSpeaker(m.speaker),
          body: plain(m.kind === 'reported' ? `Paraphrased: ${m.quote}` : `“${m.quote}”`),
          citations: [m, ...m.alsoIn].flatMap(cite),
        })),
      empty: 'No quotation in the articles matches that. Try fewer words, or a speaker’s surname.',
      paging: { offset, pageSize: PAGE, total: result.matches.length },
      data: {
        query: result.query,
        matches: result.matches.map((m) => ({
          quote: m.quote,
          speaker: m.speaker ? m.speaker.name : 'unattributed',
          role: m.speaker?.role ?? null,
          ...(m.voice ? { voice: m.voice.name } : {}),
          paraphrased: m.kind === 'reported',
          articleId: m.articleId,
          paragraph: m.paragraph,
          alsoIn: m.alsoIn,
          confidence: m.confidence,
        })),
      },
    };
  },
  autocomplete({ story }, focused) {
    const typed = focused.value.trim().toLowerCase();
    const book = quoteBook(story);
    const names =
      focused.name === 'speaker'
        ? book.speakers.speakers
            .filter((s) => [s.name, ...s.aliases].some((a) => a.toLowerCase().includes(typed)))
            .map((s) => s.name)
        : book.entries.filter((e) => e.quote.text.toLowerCase().includes(typed)).map((e) => e.quote.text);
    return choicesFrom(names);
  },
} satisfies Command<typeof options>;
