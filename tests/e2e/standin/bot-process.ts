import { type ChildProcess, spawn } from 'node:child_process';
import { Signal } from './wait.ts';

/** One JSON line a bot printed on stdout (non-JSON lines become { event: 'text', text }). */
export type BotLine = Record<string, unknown> & { event?: unknown };

export interface BotProcess {
  child: ChildProcess;
  lines: BotLine[];
  stderr: string[];
  /** Resolves with the first line (already seen or future) matching `predicate`. */
  waitForLine(predicate: (line: BotLine) => boolean, timeoutMs?: number): Promise<BotLine>;
  /** Resolves with the exit code (or signal name) once the process has exited. */
  exited: Promise<number | string>;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves on exit. */
  stop(graceMs?: number): Promise<number | string>;
}

/** Starts a TypeScript bot script with `node --import tsx` — asynchronously, never spawnSync. */
export function spawnBot(script: string, env: Record<string, string>): BotProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: BotLine[] = [];
  const stderr: string[] = [];
  const signal = new Signal();
  let buffered = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    buffered += chunk;
    const parts = buffered.split('\n');
    buffered = parts.pop() ?? '';
    for (const text of parts.filter(Boolean)) lines.push(parseLine(text));
    signal.notify();
  });
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => stderr.push(chunk));
  const exited = new Promise<number | string>((resolve) => {
    child.once('exit', (code, sig) => resolve(code ?? sig ?? 'unknown'));
  });
  const waitForLine = (predicate: (line: BotLine) => boolean, timeoutMs = 10_000): Promise<BotLine> =>
    signal.waitFor(
      () => lines.find(predicate),
      timeoutMs,
      () =>
        `bot line not seen; stdout=${JSON.stringify(lines.slice(-10))} stderr=${stderr.join('').slice(-2000)}`,
    );
  const stop = async (graceMs = 5000): Promise<number | string> => {
    if (child.exitCode !== null || child.signalCode !== null) return exited;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    const result = await exited;
    clearTimeout(timer);
    return result;
  };
  return { child, lines, stderr, waitForLine, exited, stop };
}

function parseLine(text: string): BotLine {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return { ...value };
  } catch {
    // not JSON
  }
  return { event: 'text', text };
}
