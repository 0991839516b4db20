// Runs one entry point of the compiled runtime (`node scripts/launch.mjs cli/main …`), building
// dist/ first when it is missing or older than src/. Users run compiled JavaScript; tsx stays for
// `npm run dev` and the tests.
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, ENTRIES, isStale } from './build.mjs';

const entry = process.argv[2];
if (!entry || !ENTRIES.includes(entry)) {
  process.stderr.write(`usage: node scripts/launch.mjs <${ENTRIES.join('|')}> [arguments]\n`);
  process.exit(2);
}
if (isStale()) {
  process.stderr.write('building dist/ …\n');
  await build();
}
const root = fileURLToPath(new URL('..', import.meta.url));
const script = join(root, 'dist', `${entry}.js`);
// The entry sees itself as the script that was run: cluster workers and shard processes fork
// process.argv[1], which must be the compiled entry, not this launcher.
process.argv.splice(1, 2, script);
await import(pathToFileURL(script).href);
