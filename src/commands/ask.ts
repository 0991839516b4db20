import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import { z } from 'zod';
import { ASK_DEFAULT_LIMIT, ASK_MAX_LIMIT, ask } from '../retrieval/ask.ts';
import { offsetPastEnd } from './offset.ts';
import { hideOption } from './payload.ts';
import type { Reply } from './reply.ts';
import { userText } from './text-option.ts';
import type { Command } from './types.ts';

export const QUESTION_MAX = 300;

const options = z.object({
  question: userText(QUESTION_MAX).pipe(z.string().min(1)),
  limit: z.coerce.number().int().min(1).max(ASK_MAX_LIMIT).default(ASK_DEFAULT_LIMIT),
  offset: z.coerce.number().int().min(0).default(0),
});

export default {
  data: {
    name: 'ask',
    description: 'Ask a question about the story; get the best passages of the articles, cited.',
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: 'question',
        description: 'Your question, in your own words',
        required: true,
        max_length: QUESTION_MAX,
      },
      hideOption,
    ],
  },
  options,
  hints: {
    question: `Write a question in your own words, up to ${QUESTION_MAX} characters.`,
    limit: `Write the limit as a whole number from 1 to ${ASK_MAX_LIMIT}.`,
    offset: 'Write the offset as a whole number, 0 or more.',
  },
  example: '/ask question:What did North Korea say about the US claims?',
  feedback: true,
  meaning: true,
  execute({ story }, { question, limit, offset }): Reply {
    const answer = ask(story, question, { limit, offset });
    const past = offsetPastEnd('ask', offset, answer.total, limit);
    if (past) return past;
    return {
      title: 'From the articles',
      echo: question,
      items: answer.results.map((r) => ({ body: r.snippet, citations: [r.citation, ...r.alsoIn] })),
      empty: 'Nothing in the articles answers that. Try other words, or /sources to see what they cover.',
      paging: { offset, pageSize: limit, total: answer.total },
      data: {
        query: answer.query,
        results: answer.results.map((r) => ({
          articleId: r.articleId,
          paragraph: r.paragraph,
          text: r.text,
          snippet: r.snippet.text,
          score: r.score,
          alsoIn: r.alsoIn.map((c) => ({ articleId: c.articleId, paragraph: c.paragraph })),
        })),
      },
    };
  },
} satisfies Command<typeof options>;
