import { describe, expect, it } from 'vitest';
import { forUpload, messageData } from '../../src/render/interaction-data.ts';
import { ATTACHMENT, message, png } from './picture-message.ts';

describe('a message with a picture, on the wire', () => {
  it('names and describes each file in attachments[], id n for the part files[n]', () => {
    expect(messageData(message([png]))).toEqual({
      embeds: [{ title: 't' }],
      components: [],
      allowed_mentions: { parse: [] },
      attachments: [ATTACHMENT],
      files: [png],
    });
    expect(messageData(message([]))).not.toHaveProperty('attachments');
  });

  it.each([
    ['1 a webhook body', { embeds: [], files: [png] }, { embeds: [] }],
    [
      '2 an interaction response',
      { type: 4, data: { embeds: [], files: [png] } },
      { type: 4, data: { embeds: [] } },
    ],
  ])('splits the JSON from the files to upload: %s', (_, body, json) => {
    expect(forUpload(body)).toEqual({
      json,
      files: [{ key: 'files[0]', name: 'timeline.png', data: png.data, contentType: 'image/png' }],
    });
  });

  it('3 a body without files is sent as it is', () => {
    const body = { type: 4, data: { embeds: [] } };
    expect(forUpload(body)).toEqual({ json: body, files: [] });
  });
});
