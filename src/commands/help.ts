import { z } from 'zod';
import { plain, type Reply } from './reply.ts';
import { type Command, commandDescription, isMessageCommand } from './types.ts';

const options = z.object({});

export default {
  data: { name: 'help', description: 'What the bot can do, with one example for each command.' },
  options,
  hints: {},
  example: '/help',
  ephemeral: true,
  execute({ commands }): Reply {
    return {
      title: 'storydesk: answers about the story, always with their sources',
      items: commands.map((c) => ({
        heading: isMessageCommand(c) ? `Apps → ${c.data.name}` : `/${c.data.name}`,
        body: plain(`${commandDescription(c)}\nExample: ${c.example}`),
        citations: [],
      })),
      ephemeral: true,
      data: {
        commands: commands.map((c) => ({
          name: c.data.name,
          description: commandDescription(c),
          example: c.example,
        })),
      },
    };
  },
} satisfies Command<typeof options>;
