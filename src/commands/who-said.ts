import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import { z } from 'zod';
import { describeSpeaker } from '../quotes/speakers.ts';
import { quoteBook, whoSaid } from '../quotes/who-said.ts';
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
  example: '/who-said quote:literally millions of rockets and artillery shells',
  feedback: true,
  execute({ story }, raw): Reply {
    const quote = raw.quote || undefined;
    const speaker = raw.speaker || undefined;
    if (!quote && !speaker)
      return notice(
        '/who-said needs a quote or a speaker',
        'Give a few words of a quotation or a speaker, e.g. /who-said speaker:Kirby',
        {
          error: 'quote or speaker required',
        },
      );
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
      items: result.matches.slice(offset, offset + PAGE).map((m) => ({
        heading: m.voice ? `${describeSpeaker(m.speaker)}, of ${m.voice.name}` : describeSpeaker(m.speaker),
        body: plain(m.kind === 'reported' ? `(reported) ${m.quote}` : `“${m.quote}”`),
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
