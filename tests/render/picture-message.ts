// A rendered message carrying a picture, for the tests of how it is sent.
import type { DiscordMessage } from '../../src/render/discord.ts';
import type { MessageFile } from '../../src/render/picture.ts';

export const png: MessageFile = {
  name: 'timeline.png',
  data: Buffer.from([0x89, 0x50, 0x4e, 0x47]),
  contentType: 'image/png',
  description: 'Timeline of the story, 2 events: …',
};
export const message = (files: MessageFile[], ephemeral = false): DiscordMessage => ({
  embeds: [{ title: 't' }],
  components: [],
  allowedMentions: { parse: [] },
  ephemeral,
  files,
});
export const ATTACHMENT = {
  id: '0',
  filename: 'timeline.png',
  description: 'Timeline of the story, 2 events: …',
};
