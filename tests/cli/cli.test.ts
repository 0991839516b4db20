import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, it } from 'vitest';
import { z } from 'zod';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CLAIMS = 'What did North Korea say about the US claims?';

interface Outcome {
  readonly code: number;
  readonly stdout: string;
  /** Standard error without npm's own warnings (npx prints them about the user's npm config). */
  readonly stderr: string;
}

/** Runs the CLI as `npx tsx src/cli/main.ts …` would, optionally feeding standard input. */
async function cli(
  args: string[],
  options: { env?: Record<string, string>; input?: string; entry?: string } = {},
): Promise<Outcome> {
  const env = { ...process.env, SEEDS_DIR: 'seeds', NO_COLOR: '1', ...options.env };
  const clean = (text: string) => text.replace(/^npm (?:warn|notice) .*\n/gmu, '');
  const entry = options.entry ?? 'src/cli/main.ts';
  const pending = run('npx', ['tsx', entry, ...args], { cwd: ROOT, env });
  pending.child.stdin?.end(options.input ?? '');
  try {
    const { stdout, stderr } = await pending;
    return { code: 0, stdout, stderr: clean(stderr) };
  } catch (error) {
    const failed = error as { code?: unknown; stdout?: string; stderr?: string };
    const code = typeof failed.code === 'number' ? failed.code : -1;
    return { code, stdout: failed.stdout ?? '', stderr: clean(failed.stderr ?? '') };
  }
}

const ref = z.strictObject({ articleId: z.string().regex(/^\d{3}$/), paragraph: z.number().int().min(1) });
const askJson = z.strictObject({
  query: z.string(),
  results: z.array(
    z.strictObject({
      ...ref.shape,
      text: z.string().min(1),
      snippet: z.string().min(1),
      score: z.number().positive(),
      alsoIn: z.array(ref),
    }),
  ),
});
const sourcesJson = z.strictObject({
  articles: z.array(
    z.strictObject({
      id: z.string(),
      title: z.string().min(1),
      published: z.iso.date(),
      passages: z.number().int().min(3),
      outlet: z.string().optional(),
      url: z.string().optional(),
    }),
  ),
});

const side = z.strictObject({ ...ref.shape, text: z.string().min(1), value: z.string().min(1) });
const compareJson = z.strictObject({
  discrepancies: z.array(
    z.strictObject({
      kind: z.enum(['name', 'number', 'date', 'speaker', 'wording']),
      about: z.string().min(1),
      sides: z.array(side).min(2),
    }),
  ),
  claims: z.array(
    z.strictObject({
      text: z.string().min(1),
      sources: z.array(ref).min(2),
      articles: z.number().int().min(2),
    }),
  ),
});
const checkJson = z.strictObject({
  claim: z.string(),
  passages: z.array(
    z.strictObject({
      ...ref.shape,
      text: z.string().min(1),
      sources: z.number().int().min(1),
      stance: z.enum(['supports', 'contradicts', 'mentions']),
    }),
  ),
});

// Each test starts its own process; running them side by side keeps the file fast. Five processes
// starting at once on a busy 2-core machine can each take over 30 s: the bound is generous.
describe.concurrent('the CLI (npx tsx src/cli/main.ts)', { timeout: 120_000 }, () => {
  it('ask "…" --json prints one JSON object of the documented shape', async ({ expect }) => {
    const { code, stdout, stderr } = await cli(['ask', CLAIMS, '--json']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const answer = askJson.parse(JSON.parse(stdout));
    expect(answer.query).toBe(CLAIMS);
    expect(answer.results.map((r) => `${r.articleId}#${r.paragraph}`)[0]).toBe('002#1');
    for (const r of answer.results) expect(r.text).toContain(r.snippet);
  });

  it('ask - answers each non-empty line of standard input as one JSON line', async ({ expect }) => {
    const input = `${CLAIMS}\n\njollof rice recipe\n`;
    const { code, stdout } = await cli(['ask', '-'], { input });
    expect(code).toBe(0);
    const lines = stdout.split('\n').filter(Boolean);
    expect(lines).toHaveLength(2);
    expect(stdout.endsWith('}\n')).toBe(true);
    const [claims, recipe] = lines.map((line) => askJson.parse(JSON.parse(line)));
    expect(claims?.query).toBe(CLAIMS);
    expect(claims?.results.length).toBeGreaterThan(0);
    expect(recipe).toEqual({ query: 'jollof rice recipe', results: [] });
  });

  it('sources --json lists the five articles', async ({ expect }) => {
    const { code, stdout } = await cli(['sources', '--json']);
    expect(code).toBe(0);
    const { articles } = sourcesJson.parse(JSON.parse(stdout));
    expect(articles.map((a) => [a.id, a.published])).toEqual([
      ['000', '2022-09-22'],
      ['001', '2022-11-08'],
      ['002', '2022-11-08'],
      ['003', '2022-09-22'],
      ['004', '2022-09-22'],
    ]);
  });

  it('compare --json: discrepancies with cited sides, and shared claims', async ({ expect }) => {
    const { code, stdout, stderr } = await cli(['compare', '--json']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const { discrepancies, claims } = compareJson.parse(JSON.parse(stdout));
    const name = discrepancies.find((d) => d.kind === 'name');
    expect(name?.sides.map((s) => [s.articleId, s.paragraph, s.value])).toEqual([
      ['001', 5, 'Awakening Storm'],
      ['002', 16, 'Operation Vigilant Storm'],
    ]);
    expect(claims[0]?.articles).toBe(3);
  });

  it('compare --topic narrows the points', async ({ expect }) => {
    const { stdout } = await cli(['compare', '--topic', 'firm and overwhelming', '--json']);
    const { discrepancies } = compareJson.parse(JSON.parse(stdout));
    expect(discrepancies.map((d) => d.sides.map((s) => s.value))).toContainEqual([
      'firm and overwhelming',
      'resolute and overwhelming',
    ]);
  });

  it('check "…" --json: the passages bearing on the text, best first, with their source counts', async ({
    expect,
  }) => {
    const text = 'North Korea says it has never exported weapons to Russia';
    const { code, stdout } = await cli(['check', text, '--json']);
    expect(code).toBe(0);
    const result = checkJson.parse(JSON.parse(stdout));
    expect(result.claim).toBe(text);
    expect(result.passages[0]?.sources).toBe(3);
    // The denial supports it; the White House's accusation (000 ¶3) is shown too, contradicting it.
    expect(result.passages[0]?.stance).toBe('supports');
    expect(
      result.passages.filter((p) => p.stance === 'contradicts').map((p) => `${p.articleId}¶${p.paragraph}`),
    ).toEqual(['000¶3']);
    const none = checkJson.parse(JSON.parse((await cli(['check', 'best pizza in town', '--json'])).stdout));
    expect(none.passages).toEqual([]);
  });

  it('the chat prompt takes /compare and /check like the other commands', async ({ expect }) => {
    const input =
      '/compare topic:firm and overwhelming\n/check North Korea never exported weapons to Russia\n/quit\n';
    const { code, stdout } = await cli([], { entry: 'src/cli/chat.ts', input });
    expect(code).toBe(0);
    expect(stdout).toContain('Differ on the wording of the quote “firm and overwhelming”');
    expect(stdout).toMatch(
      /Checked against the sources\n> North Korea never exported weapons to Russia\n\n\[1\] Supports it · reported by 3 of 5 articles/u,
    );
  });

  it('with no arguments prints the usage on stderr and exits 2', async ({ expect }) => {
    const { code, stdout, stderr } = await cli([]);
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    expect(stderr).toMatch(/^Usage: npm run cli -- <command> \[options\]\n {2}ask "<question>"/);
  });

  it('an unknown flag is a usage error: stderr, exit 2', async ({ expect }) => {
    const { code, stdout, stderr } = await cli(['ask', CLAIMS, '--bogus']);
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    expect(stderr).toMatch(/^Unknown option --bogus\.\nUsage: /u);
  });

  it('a missing corpus folder is one line on stderr, exit 1, no stack trace', async ({ expect }) => {
    const { code, stdout, stderr } = await cli(['ask', CLAIMS], {
      env: { SEEDS_DIR: '/nonexistent/storydesk' },
    });
    expect({ code, stdout }).toEqual({ code: 1, stdout: '' });
    expect(stderr).toMatch(
      /^Cannot load the articles: Manifest \/nonexistent\/storydesk\/manifest\.json: it does not exist\.\n$/u,
    );
    expect(stderr).not.toMatch(/\n\s+at /u);
  });
});
