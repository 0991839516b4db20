import { describe, expect, it } from 'vitest';
import { feedbackTable, summarizeFeedback } from '../../src/cli/feedback-summary.ts';

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
      `   1     0  ask       ${'Who sold[2J shells?'.padEnd(60)}  002 ¶5, 000`,
      '',
    ]);
  });

  it('cuts a long question to 60 characters', () => {
    const table = feedbackTable(summarizeFeedback([vote('a', 'up', 'x'.repeat(300))]), 'f');
    expect(table.split('\n')[3]).toContain(`${'x'.repeat(59)}…  002 ¶5`);
  });
});
