import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import { z } from 'zod';
import type { Citation } from '../corpus/types.ts';
import { boundPeriod, isCalendarDate } from '../timeline/dates.ts';
import { type TimelineEvent, timeline } from '../timeline/timeline.ts';
import { offsetPastEnd } from './offset.ts';
import { hideOption } from './payload.ts';
import { notice, plain, type Reply, sourceLabel } from './reply.ts';
import { userText } from './text-option.ts';
import type { Command } from './types.ts';

export const TOPIC_MAX = 200;
const PAGE = 10;
// A picture of more events than this would be too tall to read: it shows the page's events.
const PICTURE_MAX = 40;
// YYYY, YYYY-MM or YYYY-MM-DD, and a real date (what is wrong is said by the command's hints).
const dateBound = z
  .string()
  .trim()
  .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/u)
  .refine((s) => isCalendarDate(`${s}-01-01`.slice(0, 10)))
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
  hints: {
    topic: `Write a topic of up to ${TOPIC_MAX} characters, such as "missile tests".`,
    from: 'Write the start date as 2022-09-01 (a month, 2022-09, or a year, 2022, also works).',
    to: 'Write the end date as 2022-11-30 (a month, 2022-11, or a year, 2022, also works).',
    offset: 'Write the offset as a whole number, 0 or more.',
  },
  example: '/timeline topic:missile tests',
  draws: true,
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
    const title = topic ? `Timeline: ${topic}` : 'Timeline of the story';
    const page = events.slice(offset, offset + PAGE);
    const drawn = events.length <= PICTURE_MAX ? events : page;
    const given = (e: TimelineEvent) => (e.dates.length > 0 ? e.dates : [e]);
    return {
      title,
      items: page.map((e) => ({
        heading: e.label,
        body: plain(
          e.dates.length > 0
            ? `${e.text}\nThe sources date it differently: ${e.dates.map((d) => `${d.label} (${d.sources.map(sourceLabel).join(', ')})`).join('; ')}.`
            : e.text,
        ),
        citations: e.sources.flatMap(cite),
      })),
      empty: topic
        ? 'No dated event in the articles is about that.'
        : 'No dated events were found in the articles.',
      ...(topic ? { echo: topic } : {}),
      paging: { offset, pageSize: PAGE, total: events.length },
      ...(events.length > 0
        ? {
            picture: {
              title:
                drawn === events
                  ? title
                  : `${title}, events ${offset + 1}–${offset + page.length} of ${events.length}`,
              events: drawn.map((e) => ({
                dates: given(e).map(({ date, label }) => ({ date, label })),
                text: e.text,
              })),
            },
          }
        : {}),
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
