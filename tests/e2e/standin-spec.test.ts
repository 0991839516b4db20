import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SpecCheck, specCheck } from './standin/spec/spec.ts';
import { type DiscordStandin, startStandin } from './standin/standin.ts';

let d: DiscordStandin;
let specProblems: SpecCheck;

const post = (path: string, body: unknown) =>
  fetch(`${d.apiUrl}/v10${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
const row = (label: string, customId: string) => ({
  type: 1,
  components: [{ type: 2, style: 1, label, custom_id: customId }],
});

describe('the stand-in holds every body against Discord’s API description', () => {
  beforeAll(async () => {
    specProblems = specCheck();
    d = await startStandin();
  });
  afterAll(async () => {
    await d?.close();
  });

  it.each([
    [
      'a reply with embeds and buttons',
      { type: 4, data: { embeds: [{ title: 'T', color: 1 }], components: [row('More', 'pg|x')], flags: 64 } },
      true,
    ],
    ['an update', { type: 7, data: { embeds: [{ description: 'D' }], components: [] } }, true],
    ['a deferral', { type: 5, data: { flags: 64 } }, true],
    ['autocomplete choices', { type: 8, data: { choices: [{ name: 'a', value: 'a' }] } }, true],
    ['an embed title that is a number', { type: 4, data: { embeds: [{ title: 5 }] } }, false],
    [
      'a custom_id over 100 characters',
      { type: 4, data: { components: [row('x', 'x'.repeat(101))] } },
      false,
    ],
    ['a callback type that does not exist', { type: 3 }, false],
    [
      'allowed_mentions parsing a made-up kind',
      { type: 4, data: { content: 'x', allowed_mentions: { parse: ['all'] } } },
      false,
    ],
  ])('%s: valid %s', (_, body, valid) => {
    expect(specProblems('InteractionCallback', body).length === 0).toBe(valid);
  });

  it('refuses a body the description refuses (400, noted), keeps the messages it accepts, and clicks their buttons', async () => {
    const h = d.sendCommand('ask', { question: 'q' });
    const bad = await post(`/interactions/${h.id}/${h.token}/callback`, {
      type: 4,
      data: { embeds: [{ color: 'red' }] },
    });
    expect([bad.status, ((await bad.json()) as { code: number }).code]).toEqual([400, 50035]);
    expect(d.specProblems.some((p) => p.includes('/data/embeds/0/color'))).toBe(true);
    const body = {
      type: 4,
      data: { embeds: [{ description: 'Page 1' }], components: [row('More results', 'pg|1')] },
    };
    expect((await post(`/interactions/${h.id}/${h.token}/callback`, body)).status).toBe(204);
    const id = h.original?.id ?? '';
    expect(d.messages.get(id)?.embeds).toEqual([{ description: 'Page 1' }]);
    const click = d.clickButton(id, 'More results', { userId: '42' });
    expect(click.payload).toMatchObject({
      data: { custom_id: 'pg|1' },
      message: { id, embeds: [{ description: 'Page 1' }] },
    });
    const update = { type: 7, data: { embeds: [{ description: 'Page 2' }], components: [] } };
    expect((await post(`/interactions/${click.id}/${click.token}/callback`, update)).status).toBe(204);
    expect(d.messages.get(id)?.embeds).toEqual([{ description: 'Page 2' }]);
    expect(() => d.clickButton(id, 'More results')).toThrow(/no button "More results"/u);
  });
});
