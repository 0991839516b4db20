import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { feedbackTable, summarizeFeedback } from '../../src/cli/feedback-summary.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** `npm run feedback` as tsx runs it, with FEEDBACK_FILE set; never the project's own .env value. */
async function feedbackCommand(file: string, args: string[] = []) {
  const env = { ...process.env, FEEDBACK_FILE: file };
  try {
    const { stdout } = await promisify(execFile)('npx', ['tsx', 'src/cli/feedback.ts', ...args], {
      cwd: ROOT,
      env,
    });
    return { code: 0, stdout };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

const vote = (
  user: string,
  v: 'up' | 'down',
  question: string,
  passages = [{ articleId: '002', paragraph: 5 }],
) =>
  JSON.stringify({
    at: '2026-01-01T00:00:00.000Z',
    command: 'ask',
    vote: v,
    question,
    passages,
    user: user.repeat(16),
  });

describe('npm run feedback', () => {
  it('adds up votes by answer, most 👎 first, then fewest 👍, each voter’s last vote counting once', () => {
    const summary = summarizeFeedback([
      vote('a', 'up', 'Who is Kirby?'),
      vote('a', 'down', 'Who sold shells?'),
      vote('b', 'down', 'Who sold shells?'),
      vote('c', 'up', 'Who sold shells?'),
      // A different answer to the same question: other passages.
      vote('a', 'down', 'Who sold shells?', [{ articleId: '004', paragraph: 1 }]),
      vote('b', 'up', 'Who is Kirby?'),
      // "a" changes their mind: down, then up.
      vote('a', 'down', 'When?'),
      vote('a', 'up', 'When?'),
      '',
      '{"not":"a vote"}',
      '{cut short',
    ]);
    expect(summary.answers.map((a) => [a.question, a.passages[0]?.articleId, a.down, a.up])).toEqual([
      ['Who sold shells?', '002', 2, 1],
      ['Who sold shells?', '004', 1, 0],
      ['When?', '002', 0, 1],
      ['Who is Kirby?', '002', 0, 2],
    ]);
    expect([summary.votes, summary.skipped]).toEqual([8, 2]);
  });

  it('prints one line an answer, with its question and passages, terminal controls removed', () => {
    const table = feedbackTable(
      summarizeFeedback([
        vote('a', 'down', 'Who sold\u001b[2J shells?', [
          { articleId: '002', paragraph: 5 },
          { articleId: '000', paragraph: 0 },
        ]),
        'junk',
      ]),
      'data/feedback.jsonl',
    );
    expect(table.split('\n')).toEqual([
      '1 vote on 1 answer in data/feedback.jsonl, most 👎 first',
      'skipped 1 line that is not a vote',
      '',
      `down    up  command   ${'question'.padEnd(60)}  passages`,
      `   1     0  ask       ${'Who sold[2J shells?'.padEnd(60)}  002 para. 5, 000`,
      '',
    ]);
  });

  it('cuts a long question to 60 characters', () => {
    const table = feedbackTable(summarizeFeedback([vote('a', 'up', 'x'.repeat(300))]), 'f');
    expect(table.split('\n')[3]).toContain(`${'x'.repeat(59)}…  002 para. 5`);
  });

  it('runs as a command: the table from FEEDBACK_FILE, a plain line when there is none, exit 2 on a stray option', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'storydesk-feedback-'));
    try {
      const file = join(dir, 'votes.jsonl');
      await writeFile(file, `${vote('a', 'down', 'Who sold shells?')}\n`);
      const shown = await feedbackCommand(file);
      expect(shown.code).toBe(0);
      expect(shown.stdout).toMatch(/^1 vote on 1 answer in .+votes\.jsonl, most 👎 first\n/u);
      expect(shown.stdout).toMatch(/\n {3}1 {5}0 {2}ask {7}Who sold shells\? +002 para. 5\n$/u);
      const none = await feedbackCommand(join(dir, 'none.jsonl'));
      expect(none).toMatchObject({
        code: 0,
        stdout: expect.stringMatching(/^No feedback yet: .+none\.jsonl does not exist/u),
      });
      expect((await feedbackCommand(file, ['--wrong'])).code).toBe(2);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
