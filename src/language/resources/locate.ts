import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A file of the project's `resources/` folder (word vectors, the font), found upwards from this
 * module: the same from src/ under tsx and from the bundles in dist/.
 */
export function resourcePath(...parts: string[]): string {
  const wanted = join('resources', ...parts);
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, wanted))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`${wanted} is missing: reinstall the project`);
    dir = parent;
  }
  return join(dir, wanted);
}
