import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userHash } from '../../src/interactions/feedback-log.ts';
import { type BotProcess, spawnBot } from './standin/bot-process.ts';
import { buttonLabels } from './standin/fixtures.ts';
import { type DiscordStandin, type FinalMessage, startStandin } from './standin/standin.ts';

const MAIN = fileURLToPath(new URL('../../src/bot/main.ts', import.meta.url));
const TOKEN = 'MTIzNDU2Nzg5.standin.conversation-token';
const QUESTION_180 =
  'What did North Korea say about the claims made by the United States that it was secretly supplying ' +
  'artillery shells and rockets to Russia for the war in Ukraine, and who denied it?';

let d: DiscordStandin;
let bot: BotProcess;
let dir: string;
let feedbackFile: string;

let users = 0;
const asNewUser = () => ({ userId: `9300000000000${String(users++).padStart(5, '0')}` });
const footerOf = (m: { embeds?: { footer?: { text: string } }[] | undefined }) =>
  m.embeds?.[0]?.footer?.text ?? '';
const totalOf = (m: FinalMessage) => Number(/^Results \d+–\d+ of (\d+)/u.exec(footerOf(m))?.[1]);
/** What a page shows: its fields, or its numbered passages. */
const resultsOf = (m: { embeds?: { description?: string; fields?: { value: string }[] }[] | undefined }) => [
  ...(m.embeds?.[0]?.fields ?? []).map((f) => f.value),
  ...(m.embeds?.[0]?.description ?? '').split('\n\n').filter((b) => b.startsWith('**[')),
];

async function startBot(env: Record<string, string> = {}): Promise<BotProcess> {
  const identified = d.gateway.stats.identifies;
  const started = spawnBot(MAIN, {
    DISCORD_API_URL: d.apiUrl,
    DISCORD_TOKEN: TOKEN,
    LOG_LEVEL: 'info',
    FEEDBACK_FILE: feedbackFile,
    ...env,
  });
  await started.waitForLine((l) => l.msg === 'ready', 60_000);
  expect(d.gateway.stats.identifies).toBe(identified + 1);
  await d.waitForReady(10_000);
  return started;
}

describe('the conversation in Discord: paging, privacy and feedback, end to end', () => {
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'storydesk-e2e-'));
    feedbackFile = join(dir, 'votes', 'feedback.jsonl');
    d = await startStandin({ heartbeatIntervalMs: 1000 });
    bot = await startBot();
  }, 70_000);

  afterAll(async () => {
    await bot?.stop();
    await d?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('a 180-character question paged by its asker keeps its total and repeats nothing', async () => {
    expect(QUESTION_180).toHaveLength(180);
    const asker = asNewUser();
    const h = d.sendCommand('ask', { question: QUESTION_180 }, asker);
    const first = await h.waitForFinal();
    const id = h.original?.id ?? '';
    expect(first.embeds?.[0]?.description?.split('\n')[0]).toBe(`> /ask question:${QUESTION_180}`);
    expect(footerOf(first)).toMatch(/^Results 1–3 of \d+$/u);
    const page = await d.clickButton(id, 'More results', asker).waitForFinal();
    expect(page.callbackType).toBe(7);
    expect(footerOf(page)).toBe(`Results 4–6 of ${totalOf(first)}`);
    expect(resultsOf(page)).toHaveLength(3);
    expect(resultsOf(page).filter((r) => resultsOf(first).includes(r))).toEqual([]);
    // The public answer now shows page 2, and pages back to page 1 exactly.
    expect(d.messages.get(id)?.embeds).toEqual(page.embeds);
    const back = await d.clickButton(id, 'Previous', asker).waitForFinal();
    expect(back.embeds).toEqual(first.embeds);
  });

  it('/timeline from:2022-09-01: page 2 keeps its total and its range', async () => {
    const asker = asNewUser();
    const h = d.sendCommand('timeline', { from: '2022-09-01' }, asker);
    const first = await h.waitForFinal();
    const page = await d.clickButton(h.original?.id ?? '', 'More results', asker).waitForFinal();
    expect(page.embeds?.[0]?.description?.split('\n')[0]).toBe('> /timeline from:2022-09-01');
    expect(footerOf(page)).toMatch(new RegExp(`^Results 11–\\d+ of ${totalOf(first)}$`, 'u'));
    const dates = (page.embeds?.[0]?.fields ?? []).map((f) => Date.parse(f.name.replace(/^week of /u, '')));
    expect(dates.length).toBeGreaterThan(0);
    for (const date of dates) expect(date).toBeGreaterThanOrEqual(Date.parse('2022-09-01'));
  });

  it('another user’s click gets that page privately, and the public answer stays as it was', async () => {
    const h = d.sendCommand('ask', { question: QUESTION_180 }, asNewUser());
    await h.waitForFinal();
    const id = h.original?.id ?? '';
    const before = structuredClone(d.messages.get(id));
    const theirs = await d.clickButton(id, 'More results', asNewUser()).waitForFinal();
    expect([theirs.callbackType, theirs.ephemeral]).toEqual([4, true]);
    expect(footerOf(theirs)).toMatch(/^Results 4–6 of /u);
    expect(d.messages.get(id)).toEqual(before);
  });

  it('hide:true answers only the asker, who can share it in the channel', async () => {
    const asker = asNewUser();
    const h = d.sendCommand('who-said', { speaker: 'Kirby', hide: true }, asker);
    const hidden = await h.waitForFinal();
    expect(hidden.ephemeral).toBe(true);
    expect(buttonLabels(hidden.components)).toEqual([
      ['More results', 'Share in channel'],
      ['👍', '👎'],
    ]);
    const shared = await d.clickButton(h.original?.id ?? '', 'Share in channel', asker).waitForFinal();
    expect([shared.callbackType, shared.ephemeral]).toEqual([4, false]);
    expect(shared.embeds).toEqual(hidden.embeds);
  });

  it.each([
    [
      '/ask about another story',
      'ask',
      { question: 'Who won the football match between Arsenal and Chelsea?' },
    ],
    ['/who-said of words nobody said', 'who-said', { quote: 'bananas are the currency of the moon' }],
  ])(
    'nothing found (%s) is shown only to the asker, with nothing to share or rate',
    async (_, name, options) => {
      const final = await d.sendCommand(name, options, asNewUser()).waitForFinal();
      expect(final.ephemeral).toBe(true);
      expect(final.components ?? []).toEqual([]);
    },
  );

  it('a 👍 is acknowledged privately, logged as "feedback" and appended to FEEDBACK_FILE', async () => {
    const h = d.sendCommand('ask', { question: 'Who is John Kirby?' }, asNewUser());
    await h.waitForFinal();
    const voter = asNewUser();
    const thanks = await d.clickButton(h.original?.id ?? '', '👍', voter).waitForFinal();
    expect([thanks.ephemeral, thanks.embeds?.[0]?.title]).toEqual([true, 'Thanks — noted']);
    const line = await bot.waitForLine((l) => l.msg === 'feedback' && l.user === userHash(voter.userId));
    expect(line).toMatchObject({ command: 'ask', vote: 'up', question: 'Who is John Kirby?' });
    const passages = line.passages as { articleId: string; paragraph: number }[];
    expect(passages.length).toBe(3);
    // The line is logged as the vote is written: wait for the write.
    await expect
      .poll(() => readFile(feedbackFile, 'utf8').catch(() => ''), { timeout: 5000 })
      .toMatch(/\n$/u);
    const saved = (await readFile(feedbackFile, 'utf8'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(saved).toEqual([expect.objectContaining({ command: 'ask', vote: 'up', passages })]);
    expect(JSON.stringify(bot.lines) + JSON.stringify(saved)).not.toContain(voter.userId);
  });

  it('restarted between page 1 and the click, the bot still pages exactly', async () => {
    const asker = asNewUser();
    const h = d.sendCommand('timeline', { from: '2022-09-01' }, asker);
    const first = await h.waitForFinal();
    expect(await bot.stop()).toBe(0);
    // The next process cannot save votes: its FEEDBACK_FILE's folder is a file.
    const blocker = join(dir, 'not-a-folder');
    await writeFile(blocker, '');
    bot = await startBot({ FEEDBACK_FILE: join(blocker, 'feedback.jsonl') });
    const page = await d.clickButton(h.original?.id ?? '', 'More results', asker).waitForFinal(8000);
    expect(page.callbackType).toBe(7);
    expect(footerOf(page)).toMatch(new RegExp(`^Results 11–\\d+ of ${totalOf(first)}$`, 'u'));
  });

  it('a 👎 that cannot be written is still acknowledged, and the failure logged', async () => {
    const h = d.sendCommand('ask', { question: 'Who is John Kirby?' }, asNewUser());
    await h.waitForFinal();
    const thanks = await d.clickButton(h.original?.id ?? '', '👎', asNewUser()).waitForFinal();
    expect([thanks.ephemeral, thanks.embeds?.[0]?.title]).toEqual([true, 'Thanks — noted']);
    await bot.waitForLine((l) => l.msg === 'feedback' && l.vote === 'down');
    const failure = await bot.waitForLine((l) => l.msg === 'feedback not saved');
    expect(failure).toMatchObject({ level: 50, error: { code: expect.stringMatching(/^E/u) } });
  });

  it('every body the bot sent is one Discord’s API description accepts', () => {
    expect(d.specProblems).toEqual([]);
    const refused = d.requests.filter((r) => r.status >= 400 && /^\/(interactions|webhooks)\//u.test(r.path));
    expect(refused.map((r) => `${r.method} ${r.route} ${r.status}`)).toEqual([]);
  });
});
