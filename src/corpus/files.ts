import { constants } from 'node:fs';
import { lstat, open } from 'node:fs/promises';
import { CorpusError } from './errors.ts';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The size limit of one file, with the environment variable that changes it (for the message). */
export interface SizeLimit {
  readonly bytes: number;
  readonly variable: string;
}

const count = (n: number) => n.toLocaleString('en-US');

/**
 * Reads a file of the corpus as bytes: only a regular file standing in the corpus folder itself.
 * A symbolic link is refused, not followed (it could point anywhere on the machine): lstat names
 * the problem, and O_NOFOLLOW keeps a link swapped in between the two calls from being read.
 */
export async function readRegularFile(path: string, what: string, limit?: SizeLimit): Promise<Buffer> {
  const stat = await lstat(path).catch((error: NodeJS.ErrnoException) => {
    const reason = error.code === 'ENOENT' ? 'it does not exist' : `it cannot be read (${error.code})`;
    throw new CorpusError(`${what} ${path}: ${reason}.`);
  });
  if (stat.isSymbolicLink()) {
    throw new CorpusError(
      `${what} ${path}: it is a symbolic link; only regular files inside the corpus folder are read. Copy the file there instead.`,
    );
  }
  if (!stat.isFile()) throw new CorpusError(`${what} ${path}: it is not a regular file.`);
  if (limit && stat.size > limit.bytes) throw tooLarge(path, what, stat.size, limit);
  const handle = await open(path, constants.O_RDONLY | constants.O_NOFOLLOW).catch(
    (error: NodeJS.ErrnoException) => {
      throw new CorpusError(`${what} ${path}: it cannot be read (${error.code}).`);
    },
  );
  try {
    const bytes = await handle.readFile();
    // The file may have grown since lstat.
    if (limit && bytes.length > limit.bytes) throw tooLarge(path, what, bytes.length, limit);
    return bytes;
  } finally {
    await handle.close();
  }
}

function tooLarge(path: string, what: string, size: number, limit: SizeLimit): CorpusError {
  return new CorpusError(
    `${what} ${path}: ${count(size)} bytes, over the limit of ${count(limit.bytes)} bytes per article; shorten it or raise ${limit.variable}.`,
  );
}

/** UTF-8 text without a byte-order mark; anything else is a problem the user can fix. */
export function decodeUtf8(bytes: Buffer, path: string): string {
  try {
    return utf8.decode(bytes).replace(/^\uFEFF/u, '');
  } catch {
    throw new CorpusError(`${path}: the file is not valid UTF-8 text. Save it as UTF-8 and try again.`);
  }
}
