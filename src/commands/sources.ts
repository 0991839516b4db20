import { z } from 'zod';
import { citationOf } from '../corpus/article.ts';
import { offsetPastEnd } from './offset.ts';
import { hideOption } from './payload.ts';
import { plain, type Reply } from './reply.ts';
import type { Command } from './types.ts';

// Discord shows at most 25 fields in an embed; a story of more articles is paged.
const PAGE = 10;

const options = z.object({
  offset: z.coerce.number().int().min(0).default(0),
});

export default {
  data: {
    name: 'sources',
    description: 'List the articles the bot answers from: outlet, date and link of each.',
    options: [hideOption],
  },
  options,
  hints: { offset: 'Write the offset as a whole number, 0 or more.' },
  example: '/sources',
  execute({ story }, { offset }): Reply {
    const all = story.corpus.articles;
    const past = offsetPastEnd('sources', offset, all.length, PAGE);
    if (past) return past;
    return {
      title: `The story's ${all.length} articles`,
      // Each article's citation names its outlet and links it when the manifest gives them.
      items: all.slice(offset, offset + PAGE).map((a) => ({
        heading: a.title,
        body: plain(`${a.paragraphs.length} paragraphs${a.meta.note ? ` · ${a.meta.note}` : ''}`),
        // Paragraph 0 cites the whole article.
        citations: [citationOf(a, 0)],
      })),
      empty: 'No articles are loaded.',
      paging: { offset, pageSize: PAGE, total: all.length },
      data: {
        articles: all.map((a) => ({
          id: a.meta.id,
          title: a.title,
          published: a.meta.published,
          passages: a.paragraphs.length,
          ...(a.meta.outlet ? { outlet: a.meta.outlet } : {}),
          ...(a.meta.url ? { url: a.meta.url } : {}),
        })),
      },
    };
  },
} satisfies Command<typeof options>;
