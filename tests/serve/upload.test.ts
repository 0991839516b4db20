import { describe, expect, it } from 'vitest';
import { messageData } from '../../src/render/interaction-data.ts';
import { answerOverHttp } from '../../src/serve/upload.ts';
import { message, png } from '../render/picture-message.ts';

describe('the HTTP endpoint defers an answer with files and edits it in', () => {
  const data = messageData(message([png]));
  const privately = messageData(message([png], true));
  it.each([
    ['1 a public answer', { type: 4, data }, { type: 5 }, { ...data }],
    [
      '2 a private answer: a private deferral, the edit without flags',
      { type: 4, data: privately },
      { type: 5, data: { flags: 64 } },
      data,
    ],
    ['3 a page update', { type: 7, data }, { type: 6 }, data],
    [
      '4 no files: answered in the response',
      { type: 4, data: messageData(message([])) },
      { type: 4, data: messageData(message([])) },
      undefined,
    ],
    ['5 autocomplete', { type: 8, data: { choices: [] } }, { type: 8, data: { choices: [] } }, undefined],
  ] as const)('%s', (_, response, now, later) => {
    expect(answerOverHttp(response as never)).toEqual(later ? { now, later } : { now });
  });
});
