import { z } from 'zod';
import { citationOf } from '../corpus/article.ts';
import { hideOption } from './payload.ts';
import { plain, type Reply } from './reply.ts';
import type { Command } from './types.ts';

const options = z.object({});

export default {
  data: {
    name: 'sources',
    description: 'List the articles the bot answers from, with their dates.',
    options: [hideOption],
  },
  options,
  example: '/sources',
  execute({ story }): Reply {
    const articles = story.corpus.articles.map((a) => ({
      id: a.meta.id,
      title: a.title,
      published: a.meta.published,
      passages: a.paragraphs.length,
      ...(a.meta.outlet ? { outlet: a.meta.outlet } : {}),
      ...(a.meta.url ? { url: a.meta.url } : {}),
    }));
    return {
      title: `The story's ${articles.length} articles`,
      items: story.corpus.articles.map((a) => ({
        heading: a.title,
        body: plain(`${a.paragraphs.length} paragraphs${a.meta.note ? ` · ${a.meta.note}` : ''}`),
        // Paragraph 0 cites the whole article.
        citations: [citationOf(a, 0)],
      })),
      empty: 'No articles are loaded.',
      data: { articles },
    };
  },
} satisfies Command<typeof options>;
