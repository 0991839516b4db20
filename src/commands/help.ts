import { z } from 'zod';
import { plain, type Reply } from './reply.ts';
import type { Command } from './types.ts';

const options = z.object({});

export default {
  data: { name: 'help', description: 'What the bot can do, with one example for each command.' },
  options,
  example: '/help',
  execute({ commands }): Reply {
    return {
      title: 'storydesk: answers about the story, always with their sources',
      items: commands.map((c) => ({
        heading: `/${c.data.name}`,
        body: plain(`${c.data.description}\nExample: ${c.example}`),
        citations: [],
      })),
      ephemeral: true,
      data: {
        commands: commands.map((c) => ({
          name: c.data.name,
          description: c.data.description,
          example: c.example,
        })),
      },
    };
  },
} satisfies Command<typeof options>;
