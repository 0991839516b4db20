import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const made: string[] = [];
afterAll(() => Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true }))));

/** A copy of the seeds, changed by `change`, as a corpus folder. */
async function seedsCopy(change: (dir: string) => Promise<void>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'storydesk-cli-'));
  made.push(dir);
  await cp(join(ROOT, 'seeds'), dir, { recursive: true });
  await change(dir);
  return dir;
}

/** `npm run cli -- ask …` against the folder: exit code and standard error. */
async function askIn(dir: string): Promise<{ code: number; stderr: string }> {
  const args = ['--import', 'tsx', 'src/cli/main.ts', 'ask', 'Who is John Kirby?'];
  try {
    await run(process.execPath, args, { cwd: ROOT, env: { ...process.env, SEEDS_DIR: dir } });
    return { code: 0, stderr: '' };
  } catch (error) {
    const failed = error as { code?: number; stderr?: string };
    return { code: failed.code ?? -1, stderr: failed.stderr ?? '' };
  }
}

describe.concurrent('the CLI refuses a corpus that breaks the rules, in one line with exit 1', () => {
  it('an article that is a symbolic link', async () => {
    const outside = await seedsCopy(async () => {});
    const dir = await seedsCopy(async (d) => {
      await rm(join(d, '002_2bcc75e1f02a824a.txt'));
      await symlink(join(outside, '002_2bcc75e1f02a824a.txt'), join(d, '002_2bcc75e1f02a824a.txt'));
    });
    const { code, stderr } = await askIn(dir);
    expect(code).toBe(1);
    expect(stderr).toBe(
      `Cannot load the articles: Article "002" (listed in manifest.json): ${join(dir, '002_2bcc75e1f02a824a.txt')}: it is a symbolic link; only regular files inside the corpus folder are read. Copy the file there instead.\n`,
    );
  });

  it('a publication date in 2099', async () => {
    const dir = await seedsCopy(async (d) => {
      const path = join(d, 'manifest.json');
      await writeFile(path, (await readFile(path, 'utf8')).replace('"2022-11-08"', '"2099-11-08"'));
    });
    const { code, stderr } = await askIn(dir);
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /^Cannot load the articles: \S+manifest\.json: article "001" is published 2099-11-08, after today \(\d{4}-\d\d-\d\d\); fix its "published" date\.\n$/u,
    );
  });
});
