import { notice, type Reply } from './reply.ts';

/**
 * The notice for a page that starts past the last result (an old button, a typed --offset):
 * an empty page would read as "nothing found" when there are results. It keeps its place among
 * the results, so that Discord can offer the last page. Undefined when the offset falls within
 * them, or when there are none at all (the command's own "nothing" says that).
 */
export function offsetPastEnd(
  command: string,
  offset: number,
  total: number,
  pageSize: number,
): Reply | undefined {
  if (total === 0 || offset < total) return undefined;
  const results = total === 1 ? 'There is 1 result' : `There are ${total} results`;
  const text = `${results}, so offset ${offset} is past the end; use an offset from 0 to ${total - 1}.`;
  return {
    ...notice(`/${command}: nothing at that offset`, text, { error: text }),
    paging: { offset, pageSize, total },
  };
}
