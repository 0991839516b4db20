// `npm run serve`: the HTTP interactions endpoint, with every command of the registry.
import { commands } from '../commands/registry.ts';
import { runServe } from './run.ts';

void runServe(commands);
