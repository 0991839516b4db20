/** A problem with the corpus a user can fix; its message names the file and what to do. */
export class CorpusError extends Error {
  override readonly name = 'CorpusError';
}
