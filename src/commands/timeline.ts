import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import { z } from 'zod';
import type { Citation } from '../corpus/types.ts';
import { boundPeriod, isCalendarDate } from '../timeline/dates.ts';
import { timeline } from '../timeline/timeline.ts';
import { offsetPastEnd } from './offset.ts';
import { hideOption } from './payload.ts';
import { notice, plain, type Reply } from './reply.ts';
import { userText } from './text-option.ts';
import type { Command } from './types.ts';

export const TOPIC_MAX = 200;
const PAGE = 10;
const dateBound = z
  .string()
  .trim()
  .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/u, 'write dates as YYYY, YYYY-MM or YYYY-MM-DD')
  .refine((s) => isCalendarDate(`${s}-01-01`.slice(0, 10)), 'is not a real date')
  .optional();

const options = z.object({
  topic: userText(TOPIC_MAX).optional(),
  from: dateBound,
  to: dateBound,
  offset: z.coerce.number().int().min(0).default(0),
});

const dateOption = (name: 'from' | 'to', description: string) => ({
  type: ApplicationCommandOptionType.String as const,
  name,
  description,
  min_length: 4,
  max_length: 10,
});

export default {
  data: {
    name: 'timeline',
    description: "The story's dated events in order, each with its sources.",
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: 'topic',
        description: 'Only events about this, e.g. "missile tests"',
        max_length: TOPIC_MAX,
      },
      dateOption('from', 'Earliest date, YYYY-MM-DD'),
      dateOption('to', 'Latest date, YYYY-MM-DD'),
      hideOption,
    ],
  },
  options,
  example: '/timeline topic:missile tests',
  execute({ story }, { topic, from, to, offset }): Reply {
    if (from && to && boundPeriod(from)[0] > boundPeriod(to)[1]) {
      const text = `The start date ${from} is after the end date ${to}, so no event can fall between them; swap from and to.`;
      return notice('/timeline: check the dates', text, { error: text });
    }
    const events = timeline(story, { topic, from, to });
    const past = offsetPastEnd('timeline', offset, events.length, PAGE);
    if (past) return past;
    const cite = (s: { articleId: string; paragraph: number }): Citation[] => {
      const citation = story.citation(s.articleId, s.paragraph);
      return citation ? [citation] : [];
    };
    return {
      title: topic ? `Timeline: ${topic}` : 'Timeline of the story',
      items: events.slice(offset, offset + PAGE).map((e) => ({
        heading: e.label,
        body: plain(
          e.dates.length > 0
            ? `${e.text}\nThe sources date it differently: ${e.dates.map((d) => `${d.label} (${d.sources.map((s) => `${s.articleId} ¶${s.paragraph}`).join(', ')})`).join('; ')}.`
            : e.text,
        ),
        citations: e.sources.flatMap(cite),
      })),
      empty: topic
        ? 'No dated event in the articles is about that.'
        : 'No dated events were found in the articles.',
      ...(topic ? { echo: topic } : {}),
      paging: { offset, pageSize: PAGE, total: events.length },
      data: {
        events: events.map((e) => ({
          date: e.date,
          precision: e.precision,
          text: e.text,
          sources: e.sources,
          ...(e.dates.length > 0
            ? { dates: e.dates.map(({ date, precision, sources }) => ({ date, precision, sources })) }
            : {}),
        })),
      },
    };
  },
} satisfies Command<typeof options>;
