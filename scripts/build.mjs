// npm run build: the runtime users run, as compiled JavaScript. esbuild bundles each entry point
// (the bot, registration, the CLI, the chat prompt, the feedback summary, the HTTP endpoint) into
// dist/, mirroring src/; packages stay external and load from node_modules. Type checking is
// `npm run typecheck`.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
export const ENTRIES = [
  'bot/main',
  'bot/register',
  'cli/main',
  'cli/chat',
  'cli/snapshot',
  'cli/feedback',
  'serve/main',
];
// Not run by users: the worker thread that finds a story's events while the rest is prepared.
const WORKERS = ['timeline/event-worker'];
const STAMP = join(root, 'dist', '.built');
// Packages of plain JavaScript bundled into each entry rather than loaded from node_modules at
// start: Node resolves, reads and (for CommonJS) scans each of their many files, which cost a
// cold start more than the commands' own work; bundled, only the parts used are kept.
const BUNDLED = [
  'discord-api-types',
  'zod',
  'stopword',
  'chrono-node',
  'stemmer',
  'discord.js',
  '@discordjs/rest',
];
// Optional native add-ons discord.js and ws load when installed; never bundled.
const OPTIONAL = ['zlib-sync', 'bufferutil', 'utf-8-validate', 'erlpack', '@discordjs/voice'];

/** Every other dependency stays external: native code, data files read by path, discord.js. */
function externals() {
  const { dependencies = {}, devDependencies = {} } = JSON.parse(
    readFileSync(join(root, 'package.json'), 'utf8'),
  );
  const names = [...Object.keys(dependencies), ...Object.keys(devDependencies)].filter(
    (n) => !BUNDLED.includes(n),
  );
  return [...names, ...OPTIONAL].flatMap((n) => [n, `${n}/*`]);
}

function newestSource(dir = join(root, 'src')) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Whether dist/ is missing or older than any file under src/. */
export function isStale() {
  return !existsSync(STAMP) || statSync(STAMP).mtimeMs < newestSource();
}

export async function build() {
  const { build: bundle } = await import('esbuild');
  const entryPoints = [...ENTRIES, ...WORKERS]
    .map((e) => join(root, 'src', `${e}.ts`))
    .filter((p) => existsSync(p));
  await bundle({
    entryPoints,
    outdir: join(root, 'dist'),
    outbase: join(root, 'src'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: externals(),
    // Only the English stop words are used: the package's index holds some sixty languages.
    alias: { stopword: 'stopword/src/stopwords_eng.js' },
    // Bundled CommonJS code requires Node's own modules: an ES module has no require of its own.
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
    sourcemap: true,
    logLevel: 'warning',
  });
  // The synonyms dictionary as JSON: the package ships it as a 700 kB JavaScript object literal,
  // whose compilation cost every cold start more than parsing the same data as JSON.
  const require = createRequire(import.meta.url);
  writeFileSync(join(root, 'dist', 'synonyms.json'), JSON.stringify(require('synonyms/dictionary.js')));
  writeFileSync(STAMP, `${new Date().toISOString()}\n`);
  return entryPoints.map((p) => relative(root, p));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const built = await build();
  // Standard error, so that a first `npm run --silent cli -- … --json` still prints JSON alone.
  process.stderr.write(`built ${built.length} entry points into dist/\n`);
}
