import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import { z } from 'zod';
import { compare } from '../compare/compare.ts';
import type { Discrepancy } from '../compare/discrepancies.ts';
import type { Citation, SourceRef } from '../corpus/types.ts';
import type { Story } from '../retrieval/story.ts';
import { choicesFrom } from './choices.ts';
import { offsetPastEnd } from './offset.ts';
import { hideOption } from './payload.ts';
import { plain, type Reply, type ReplyItem, sourceLabel } from './reply.ts';
import { userText } from './text-option.ts';
import type { Command } from './types.ts';

export const COMPARE_TOPIC_MAX = 200;
const PAGE = 6;

const options = z.object({
  topic: userText(COMPARE_TOPIC_MAX).optional(),
  offset: z.coerce.number().int().min(0).default(0),
});

const citationsOf = (story: Story, refs: readonly SourceRef[]): Citation[] =>
  refs.flatMap((r) => {
    const citation = story.citation(r.articleId, r.paragraph);
    return citation ? [citation] : [];
  });

function discrepancyItem(story: Story, d: Discrepancy): ReplyItem {
  const lines = d.sides.map((s) => `${sourceLabel(s)}: ${s.value}`);
  return {
    heading: `Differ on ${d.about}`,
    body: plain(lines.join('\n')),
    citations: citationsOf(story, d.sides),
  };
}

export default {
  data: {
    name: 'compare',
    description:
      'Where the articles disagree (names, numbers, dates, speakers, wording) and what they share.',
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: 'topic',
        description: 'Only points about this, e.g. "the air exercise"',
        max_length: COMPARE_TOPIC_MAX,
        autocomplete: true,
      },
      hideOption,
    ],
  },
  options,
  hints: {
    topic: `Write a topic of up to ${COMPARE_TOPIC_MAX} characters, such as "the air exercise".`,
    offset: 'Write the offset as a whole number, 0 or more.',
  },
  example: '/compare topic:the air exercise',
  execute({ story }, { topic, offset }): Reply {
    const { discrepancies, claims } = compare(story, { topic });
    const total = story.corpus.articles.length;
    const items = [
      ...discrepancies.map((d) => discrepancyItem(story, d)),
      ...claims.map((c) => ({
        heading: `Reported by ${c.articles} of ${total} articles`,
        body: plain(c.text),
        citations: citationsOf(story, c.sources),
      })),
    ];
    const past = offsetPastEnd('compare', offset, items.length, PAGE);
    if (past) return past;
    return {
      title: topic ? `How the articles compare: ${topic}` : 'How the articles compare',
      ...(topic ? { echo: topic } : {}),
      items: items.slice(offset, offset + PAGE),
      empty: topic
        ? 'The articles neither disagree nor agree on that, as far as their sentences line up.'
        : 'No two articles report the same thing, so there is nothing to compare.',
      note: `${discrepancies.length} point(s) of disagreement, ${claims.length} claim(s) shared by several articles.`,
      paging: { offset, pageSize: PAGE, total: items.length },
      data: {
        discrepancies: discrepancies.map((d) => ({
          kind: d.kind,
          about: d.about,
          sides: d.sides.map(({ text, articleId, paragraph, value }) => ({
            text,
            articleId,
            paragraph,
            value,
          })),
        })),
        claims: claims.map((c) => ({ text: c.text, sources: c.sources, articles: c.articles })),
      },
    };
  },
  // What the articles disagree on, named by their own words: "Awakening Storm", "firm and overwhelming".
  autocomplete({ story }, focused) {
    const typed = focused.value.trim().toLowerCase();
    const values = compare(story).discrepancies.flatMap((d) =>
      d.kind === 'name' || d.kind === 'wording' || d.kind === 'number' ? d.sides.map((s) => s.value) : [],
    );
    return choicesFrom(values.filter((v) => v.toLowerCase().includes(typed)));
  },
} satisfies Command<typeof options>;
