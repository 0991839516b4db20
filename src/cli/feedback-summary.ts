import { type FeedbackEntry, feedbackEntrySchema } from '../interactions/feedback-log.ts';
import { refLabel } from '../render/citation.ts';
import { escapeTerminal } from '../render/escape.ts';

/** The votes on one answer: a command, its question and the passages it cited. */
export interface AnswerVotes {
  readonly command: string;
  readonly question: string;
  readonly passages: FeedbackEntry['passages'];
  readonly up: number;
  readonly down: number;
}

export interface FeedbackSummary {
  /** Most 👎 first; then fewest 👍; then by question. */
  readonly answers: readonly AnswerVotes[];
  readonly votes: number;
  /** Lines that are not feedback entries (a line cut short by a crash, an edit by hand). */
  readonly skipped: number;
}

const parse = (line: string): FeedbackEntry | undefined => {
  try {
    return feedbackEntrySchema.safeParse(JSON.parse(line)).data;
  } catch {
    return undefined;
  }
};

/**
 * Adds up the lines of FEEDBACK_FILE by answer. A user who votes on one answer again changes
 * their vote: only each user's last vote on an answer counts.
 */
export function summarizeFeedback(lines: readonly string[]): FeedbackSummary {
  const entries = lines.filter((l) => l.trim() !== '').map(parse);
  const valid = entries.filter((e): e is FeedbackEntry => e !== undefined);
  const answers = new Map<string, { entry: FeedbackEntry; votes: Map<string, FeedbackEntry['vote']> }>();
  for (const entry of valid) {
    const key = JSON.stringify([entry.command, entry.question, entry.passages]);
    const found = answers.get(key) ?? { entry, votes: new Map() };
    found.votes.set(entry.user, entry.vote);
    answers.set(key, found);
  }
  const counted = [...answers.values()].map(({ entry, votes }) => {
    const all = [...votes.values()];
    const { command, question, passages } = entry;
    return {
      command,
      question,
      passages,
      up: all.filter((v) => v === 'up').length,
      down: all.filter((v) => v === 'down').length,
    };
  });
  counted.sort((a, b) => b.down - a.down || a.up - b.up || a.question.localeCompare(b.question));
  return { answers: counted, votes: valid.length, skipped: entries.length - valid.length };
}

const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** One line of the table: the counts, the command, the question and the passages. */
const row = (down: string, up: string, command: string, question: string, passages: string) =>
  `${down.padStart(4)}  ${up.padStart(4)}  ${command.padEnd(9)} ${question.padEnd(60)}  ${passages}`;

/** The summary as a table for the terminal: one answer a line, its question and passages. */
export function feedbackTable(summary: FeedbackSummary, file: string): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const answers = plural(summary.answers.length, 'answer');
  const head = `${plural(summary.votes, 'vote')} on ${answers} in ${escapeTerminal(file)}, most 👎 first`;
  const n = summary.skipped;
  const skipped =
    n > 0 ? `\nskipped ${plural(n, 'line')} that ${n === 1 ? 'is not a vote' : 'are not votes'}` : '';
  const rows = summary.answers.map((a) => {
    const question = cut(escapeTerminal(a.question).replace(/\s+/gu, ' '), 60);
    const passages = a.passages.map((p) => escapeTerminal(refLabel(p))).join(', ');
    return row(String(a.down), String(a.up), a.command, question, passages);
  });
  return [`${head}${skipped}`, '', row('down', 'up', 'command', 'question', 'passages'), ...rows, ''].join(
    '\n',
  );
}
