// Runs one entry point of the compiled runtime (`node scripts/launch.mjs cli/main …`), building
// dist/ first when it is missing or older than src/. Users run compiled JavaScript; tsx stays for
// `npm run dev` and the tests.
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, ENTRIES, isStale } from './build.mjs';

const [entry] = process.argv.splice(2, 1);
if (!entry || !ENTRIES.includes(entry)) {
  process.stderr.write(`usage: node scripts/launch.mjs <${ENTRIES.join('|')}> [arguments]\n`);
  process.exit(2);
}
if (isStale()) {
  process.stderr.write('building dist/ …\n');
  await build();
}
const root = fileURLToPath(new URL('..', import.meta.url));
await import(pathToFileURL(join(root, 'dist', `${entry}.js`)).href);
