import { ApplicationCommandType } from 'discord-api-types/v10';
import { z } from 'zod';
import { check } from '../compare/check.ts';
import type { Stance } from '../compare/stance.ts';
import { normalizeText } from '../corpus/normalize.ts';
import { plain, type Reply } from './reply.ts';
import type { Command } from './types.ts';

// Which way a passage goes, in words, first in its heading.
const STANCE_WORDS: Record<Stance, string> = {
  supports: 'Supports it',
  contradicts: 'Contradicts it',
  mentions: 'Mentions it',
};

// Discord messages hold up to 4000 characters; longer text (from the CLI) is checked in part.
export const CHECK_TEXT_MAX = 4000;

const options = z.object({
  text: z.string().transform((s) => normalizeText(s).trim().slice(0, CHECK_TEXT_MAX)),
});

// A message's Discord markup (mentions of users, roles and channels, custom emoji, timestamps,
// @everyone) says nothing the articles could bear on, and its ids would read as numbers the
// claim states.
const DISCORD_MARKUP = /<(?:@[!&]?|#)\d+>|<a?:\w+:\d+>|<t:-?\d+(?::[tTdDfFR])?>|@(?:everyone|here)\b/gu;
export const withoutMarkup = (text: string): string =>
  text.replace(DISCORD_MARKUP, ' ').replace(/ {2,}/gu, ' ').trim();

/** Why nothing was found: no text at all (an image), no words (emoji only), or nothing relevant. */
function emptyText(text: string): string {
  if (text === '') return 'That message has no text to check.';
  if (!/[\p{L}\p{N}]/u.test(text)) return 'That message has no words to check, only symbols.';
  return 'Nothing in the articles about this.';
}

export default {
  data: { type: ApplicationCommandType.Message, name: 'Check against sources' },
  alias: 'check',
  messageOption: 'text',
  description:
    'Right-click a message: the passages of the articles that bear on what it says, and how many articles report each.',
  options,
  hints: { text: 'Give the text to check, such as a sentence from a message.' },
  ephemeral: true,
  feedback: true,
  example:
    'Apps → Check against sources on any message (terminal: check "North Korea sent shells to Russia")',
  execute({ story }, { text }): Reply {
    const result = check(story, withoutMarkup(text));
    const total = story.corpus.articles.length;
    return {
      title: 'Checked against the sources',
      ...(text ? { echo: text } : {}),
      items: result.passages.map((p) => ({
        heading: `${STANCE_WORDS[p.stance]} · reported by ${p.sources} of ${total} article${total === 1 ? '' : 's'}`,
        body: plain(
          p.differs.length > 0 ? `${p.text}\nThe articles differ on ${p.differs.join('; ')}.` : p.text,
        ),
        citations: [p.citation, ...p.alsoIn],
      })),
      empty: emptyText(text),
      ephemeral: true,
      shareable: true,
      data: {
        claim: result.claim,
        passages: result.passages.map(({ text: said, articleId, paragraph, sources, stance }) => ({
          text: said,
          articleId,
          paragraph,
          sources,
          stance,
        })),
      },
    };
  },
} satisfies Command<typeof options>;
