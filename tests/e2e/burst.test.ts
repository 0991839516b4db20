import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BURST, runBurst } from '../../scripts/bench/burst.ts';
import { loadCorpus } from '../../src/corpus/corpus.ts';

// `npm run bench:burst` at a size the suite can afford: the bot on a synthetic story of 60
// articles against the Discord stand-in, then 14 commands at once (two /timeline, a /compare with
// a topic, eleven /ask). Each must be acknowledged within Discord's 3 s and answered within 8 s.
const MAIN = fileURLToPath(new URL('../../src/bot/main.ts', import.meta.url));

describe('a burst of commands on a larger story', () => {
  it('is acknowledged within 3 s and answered within 8 s, every command', async () => {
    const seeds = await loadCorpus(fileURLToPath(new URL('../../seeds/', import.meta.url)));
    const result = await runBurst({ bot: ['--import', 'tsx', MAIN], seeds, articles: 60 });
    expect(result.commands.map((c) => c.name)).toEqual(BURST.map((c) => c.name));
    for (const c of result.commands) {
      expect(c.ackMs).toBeLessThan(3000);
      expect(c.finalMs).toBeLessThan(8000);
    }
  }, 120_000);
});
