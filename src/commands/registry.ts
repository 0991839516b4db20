import ask from './ask.ts';
import check from './check.ts';
import compare from './compare.ts';
import help from './help.ts';
import sources from './sources.ts';
import timeline from './timeline.ts';
import type { Command } from './types.ts';
import whoSaid from './who-said.ts';

/**
 * The one list of commands. Registration, dispatch, /help, autocomplete and the CLI all read it;
 * adding a command is adding its file here.
 */
export const commands: readonly Command[] = [
  ask,
  whoSaid,
  timeline,
  compare,
  check,
  sources,
  help,
] as readonly Command[];
