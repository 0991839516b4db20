import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContext } from '../../src/app.ts';
import { runCommand } from '../../src/commands/run.ts';
import type { CommandContext } from '../../src/commands/types.ts';
import { renderDiscord } from '../../src/render/discord.ts';
import { renderTerminal } from '../../src/render/terminal.ts';
import { outletCorpus } from '../fixtures/outlet-corpus.ts';
import { clicker, footer, labels } from '../interactions/clicks.ts';

let dir: string;
let context: CommandContext;
beforeAll(async () => {
  dir = await outletCorpus();
  context = await loadContext(dir);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const page = (offset: number) => renderDiscord(runCommand(context, 'sources', { offset }));
const { slash, click } = clicker(() => context);

describe('/sources over 30 articles', () => {
  it.each<[number, string, string, string]>([
    // offset, footer, first article, last article
    [0, 'Results 1–10 of 30', '000', 'h05'],
    [10, 'Results 11–20 of 30', 'h06', 'h15'],
    [20, 'Results 21–30 of 30', 'h16', 'h25'],
  ])('offset %i: %s', (offset, text, first, last) => {
    const embed = page(offset).embeds[0];
    const ids = embed?.fields?.map((f) => /^-# (\w+) · /mu.exec(f.value)?.[1]);
    expect([embed?.footer?.text, ids?.[0], ids?.at(-1), ids?.length]).toEqual([text, first, last, 10]);
  });

  it('pages in Discord by its buttons, a command without options too', () => {
    const first = slash('sources', {}).data;
    const second = click(first, 'More results').data;
    const third = click(second, 'More results').data;
    expect([first, second, third].map((d) => [footer(d), labels(d)[0]])).toEqual([
      ['Results 1–10 of 30', ['More results']],
      ['Results 11–20 of 30', ['Previous', 'More results']],
      ['Results 21–30 of 30', ['Previous']],
    ]);
  });

  it('names the outlet and links the title for an article whose manifest has both', () => {
    const values = page(0).embeds[0]?.fields?.map((f) => f.value) ?? [];
    expect(values[2]).toBe(
      '16 paragraphs · English wire report quoting state media KCNA\n-# 002 · [North Korea dismisses as ‘baseless’ US allegations of arms supplies to Russia: state media](<https://wire.example/2022/11/08/denial_%28kcna%29>) · Wire \\*Asia\\* @\u200beveryone · 2022-11-08',
    );
    // Without outlet or URL: title and date.
    expect(values[1]).toMatch(
      /^10 paragraphs · .+\n-# 001 · North Korea denies arming Russia .+ · 2022-11-08$/u,
    );
  });

  it('in the terminal, each article with outlet, date and address', () => {
    const out = renderTerminal(runCommand(context, 'sources', {}));
    expect(out).toContain(
      '    — 000 · Accused by Washington, North Korea denies supplying weapons to Moscow · Example Monde · 2022-09-22 · https://monde.example/2022/09/22/coree-du-nord',
    );
    expect(out).toContain('20 more result(s): ask again with --offset 10');
  });
});
