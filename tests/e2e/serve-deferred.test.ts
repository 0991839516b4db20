import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, http } from './http-client.ts';
import { type BotProcess, spawnBot } from './standin/bot-process.ts';
import { type DiscordStandin, startStandin } from './standin/standin.ts';

const SERVE = fileURLToPath(new URL('../../src/serve/main.ts', import.meta.url));
const EDIT_ORIGINAL = /^\/webhooks\/[^/]+\/[^/]+\/messages\/@original$/u;

let d: DiscordStandin;
let server: BotProcess;
let port: number;
const feedbackFile = join(tmpdir(), `storydesk-deferred-${process.pid}.jsonl`);
let users = 0;
const asNewUser = () => ({ userId: `9700000000000${String(users++).padStart(5, '0')}` });

// INTERACTION_DEFER_MS=0 treats every answer as late: the path a slow command takes.
describe('npm run serve, one process, every answer deferred (INTERACTION_DEFER_MS=0)', () => {
  beforeAll(async () => {
    d = await startStandin();
    port = await freePort();
    server = spawnBot(SERVE, {
      DISCORD_PUBLIC_KEY: d.signer.publicKeyHex,
      DISCORD_API_URL: d.apiUrl,
      PORT: String(port),
      WEB_CONCURRENCY: '1',
      INTERACTION_DEFER_MS: '0',
      LOG_LEVEL: 'info',
      // Votes go to a file of this run, never into the project's data/.
      FEEDBACK_FILE: feedbackFile,
    });
    await server.waitForLine((l) => l.msg === 'story prepared', 60_000);
    d.interactionsEndpoint = `http://127.0.0.1:${port}/interactions`;
  }, 70_000);

  afterAll(async () => {
    await server?.stop();
    await d?.close();
    await rm(feedbackFile, { force: true });
  });

  it('answers /healthz 200 and a PING at once (a PING is never deferred)', async () => {
    expect(await http(port, 'GET', '/healthz')).toMatchObject({ status: 200, body: { status: 'ok' } });
    expect(server.lines.filter((l) => l.msg === 'worker started')).toEqual([]);
  });

  it('/ask: "thinking…" as the HTTP response, then the answer through the webhook', async () => {
    const h = d.sendCommand('ask', { question: 'Who is John Kirby?' }, asNewUser());
    const final = await h.waitForFinal();
    expect(final).toMatchObject({ via: 'edit', callbackType: 5, ephemeral: false });
    expect(final.allowed_mentions).toEqual({ parse: [] });
    expect(final.embeds?.[0]?.description).toMatch(
      /^> \/ask question:Who is John Kirby\?\n\n\*\*\[1\]\*\* /u,
    );
    const edits = d.requests.filter((r) => r.method === 'PATCH' && r.path.includes(h.token));
    expect(edits.map((r) => [r.route, r.status])).toEqual([
      ['PATCH /webhooks/:app/:token/messages/:message', 200],
    ]);
    expect(await server.waitForLine((l) => l.msg === 'interaction' && l.command === 'ask')).toMatchObject({
      deferred: true,
      outcome: 'ok',
    });
  });

  it('a private command is deferred privately; the asker’s page button defers the update of its message', async () => {
    const help = await d.sendCommand('help', {}, asNewUser()).waitForFinal();
    expect(help).toMatchObject({ via: 'edit', callbackType: 5, ephemeral: true });
    expect(help.embeds?.[0]?.fields?.[0]?.name).toBe('/ask');
    const asker = asNewUser();
    const h = d.sendCommand('ask', { question: 'Who is John Kirby?' }, asker);
    await h.waitForFinal();
    const id = h.original?.id ?? '';
    const page = await d.clickButton(id, 'More results', asker).waitForFinal();
    expect(page).toMatchObject({ via: 'edit', callbackType: 6 });
    expect(page.embeds?.[0]?.footer?.text).toMatch(/^Results 4–/u);
    expect(d.messages.get(id)?.embeds).toEqual(page.embeds);
  });

  it('another user’s page and a vote are deferred privately, and leave the answer as it was', async () => {
    const h = d.sendCommand('ask', { question: 'Who is John Kirby?' }, asNewUser());
    await h.waitForFinal();
    const id = h.original?.id ?? '';
    const before = structuredClone(d.messages.get(id));
    const theirs = await d.clickButton(id, 'More results', asNewUser()).waitForFinal();
    expect(theirs).toMatchObject({ via: 'edit', callbackType: 5, ephemeral: true });
    expect(theirs.embeds?.[0]?.footer?.text).toMatch(/^Results 4–/u);
    const thanks = await d.clickButton(id, '👍', asNewUser()).waitForFinal();
    expect(thanks).toMatchObject({ via: 'edit', callbackType: 5, ephemeral: true });
    expect(thanks.embeds?.[0]?.title).toBe('Thanks — noted');
    expect(d.messages.get(id)).toEqual(before);
    expect(d.specProblems).toEqual([]);
  });

  it('/timeline deferred: its picture goes with the edit (files[0], attachments[] with the alt text)', async () => {
    const h = d.sendCommand('timeline', {}, asNewUser());
    const final = await h.waitForFinal(8000);
    expect(final).toMatchObject({ via: 'edit', callbackType: 5, ephemeral: false });
    expect(final.files.map((f) => [f.field, f.filename, f.data.subarray(1, 4).toString()])).toEqual([
      ['files[0]', 'timeline.png', 'PNG'],
    ]);
    expect(h.original?.attachments[0]?.description).toMatch(/^Timeline of the story, 14 events: /u);
  });

  it('a notice after a public "thinking…" is replaced by a private follow-up', async () => {
    const h = d.sendCommand('ask', { question: '   ' }, asNewUser());
    await h.waitForResponse();
    await expect.poll(() => h.followups.length, { timeout: 5000 }).toBe(1);
    expect(h.original).toBeNull();
    expect(h.followups[0]?.flags).toBe(64);
    expect(h.followups[0]?.embeds[0]?.title).toBe('/ask: check the options');
    expect(h.followups[0]?.embeds[0]?.description).toMatch(
      /^Write a question in your own words, up to 300 characters\./u,
    );
  });

  it('a follow-up Discord keeps refusing is logged without the interaction token', async () => {
    d.failNext('PATCH', EDIT_ORIGINAL, 500, { times: 4 });
    const h = d.sendCommand('sources', {}, asNewUser());
    await h.waitForResponse();
    const failed = await server.waitForLine(
      (l) => l.msg === 'interaction failed' && l.command === 'sources',
      10_000,
    );
    expect(failed).toMatchObject({ command: 'sources', error: { status: 500 } });
    const all = JSON.stringify(server.lines) + server.stderr.join('');
    for (const handle of d.interactions) expect(all).not.toContain(handle.token);
  });

  it('SIGTERM waits for a follow-up in flight, then exits 0', async () => {
    d.failNext('PATCH', EDIT_ORIGINAL, 429, { retryAfter: 1 });
    const h = d.sendCommand('sources', {}, asNewUser());
    await h.waitForResponse();
    const started = Date.now();
    expect(await server.stop(9000)).toBe(0);
    expect(Date.now() - started).toBeLessThan(8000);
    const final = await h.waitForFinal(100);
    expect(final.embeds?.[0]?.title).toBe("The story's 5 articles");
  });
});
