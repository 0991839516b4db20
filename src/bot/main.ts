// `npm start`: the bot, with every command of the registry.
import { commands } from '../commands/registry.ts';
import { runBot } from './run.ts';

void runBot(commands);
