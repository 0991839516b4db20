import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from './http-client.ts';
import { type BotProcess, spawnBot } from './standin/bot-process.ts';
import { message } from './standin/fixtures.ts';
import { type DiscordStandin, startStandin } from './standin/standin.ts';

// The HTTP endpoint cannot put a file in its HTTP response (Discord fails the interaction), so
// an answer with the timeline's picture is deferred there and edited in through the webhook.
const SERVE = fileURLToPath(new URL('../../src/serve/main.ts', import.meta.url));
const EDIT_ORIGINAL = /^\/webhooks\/[^/]+\/[^/]+\/messages\/@original$/u;
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

let d: DiscordStandin;
let server: BotProcess;
let users = 0;
const asNewUser = () => ({ userId: `9800000000000${String(users++).padStart(5, '0')}` });

describe('npm run serve sends the timeline picture with an edit after a deferral', () => {
  beforeAll(async () => {
    d = await startStandin();
    const port = await freePort();
    server = spawnBot(SERVE, {
      DISCORD_PUBLIC_KEY: d.signer.publicKeyHex,
      DISCORD_API_URL: d.apiUrl,
      PORT: String(port),
      WEB_CONCURRENCY: '1',
      LOG_LEVEL: 'info',
    });
    await server.waitForLine((l) => l.msg === 'story prepared', 60_000);
    d.interactionsEndpoint = `http://127.0.0.1:${port}/interactions`;
  }, 70_000);

  afterAll(async () => {
    await server?.stop();
    await d?.close();
  });

  it('/timeline: "thinking…" in the HTTP response, then the picture uploaded with the edit', async () => {
    const h = d.sendCommand('timeline', {}, asNewUser());
    const final = await h.waitForFinal(8000);
    expect(final).toMatchObject({ via: 'edit', callbackType: 5, ephemeral: false });
    expect(h.callback?.ms).toBeLessThan(3000);
    const edit = d.requests.find(
      (r) => r.method === 'PATCH' && EDIT_ORIGINAL.test(r.path) && r.path.includes(h.token),
    );
    expect(edit?.uploads.map((u) => [u.field, u.filename, u.contentType])).toEqual([
      ['files[0]', 'timeline.png', 'image/png'],
    ]);
    const [file] = final.files;
    expect([...(file?.data.subarray(0, 8) ?? [])]).toEqual(PNG_SIGNATURE);
    expect(file?.data.length).toBeLessThan(1024 * 1024);
    expect(final.attachments?.[0]).toMatchObject({ id: '0', filename: 'timeline.png' });
    expect(h.original?.attachments[0]?.description).toMatch(/^Timeline of the story, 14 events: Feb 2022: /u);
    expect(h.original?.embeds[0]?.image?.url).toBe(h.original?.attachments[0]?.url);
  });

  it('"More results" on the timeline: the update deferred, its picture edited into the message clicked', async () => {
    // The asker's own click: it updates the answer in place (another user's would be private).
    const asker = asNewUser();
    const first = await d.sendCommand('timeline', {}, asker).waitForFinal(8000);
    const row = first.components?.[0] as { components: { custom_id: string }[] } | undefined;
    const host = message(d.world, {
      id: '1100000000000000201',
      embeds: first.embeds ?? [],
      components: first.components ?? [],
    });
    const h = d.sendButton(row?.components[0]?.custom_id ?? '', { message: host, ...asker });
    const page = await h.waitForFinal(8000);
    expect(page).toMatchObject({ via: 'edit', callbackType: 6 });
    expect(page.embeds?.[0]?.footer?.text).toMatch(/^Results 11–14 of 14/u);
    expect(page.files.map((f) => f.filename)).toEqual(['timeline.png']);
    // The new picture replaces the old: one attachment.
    expect(h.original?.attachments.map((a) => a.filename)).toEqual(['timeline.png']);
  });

  it('/ask, with no file, is still answered in the HTTP response itself', async () => {
    const final = await d.sendCommand('ask', { question: 'Who is John Kirby?' }, asNewUser()).waitForFinal();
    expect(final).toMatchObject({ via: 'callback', callbackType: 4 });
    expect(final.files).toEqual([]);
  });
});
