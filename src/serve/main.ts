// `npm run serve`: the HTTP interactions endpoint, with every command of the registry. The
// registry (and the language data behind it) loads only once the environment is known to be good.
import { runServe } from './run.ts';

void runServe(async () => (await import('../commands/registry.ts')).commands);
