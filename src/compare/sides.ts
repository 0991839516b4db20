import type { Stance } from './stance.ts';

/**
 * The first passages, best first, but never hiding a side: when the articles carry a passage
 * that supports and one that contradicts, both are shown, each at its own rank; and a side shown
 * only by a passage in other words also gets one that tells the claim's happening itself.
 */
export function bothSides<P extends { readonly stance: Stance }>(
  passages: readonly P[],
  max: number,
  tells: (p: P) => boolean,
): P[] {
  const shown = passages.slice(0, max);
  for (const side of ['supports', 'contradicts'] as const) {
    const onSide = (p: P) => p.stance === side;
    if (shown.some((p) => onSide(p) && tells(p))) continue;
    const missing =
      passages.find((p) => onSide(p) && tells(p)) ?? (shown.some(onSide) ? undefined : passages.find(onSide));
    if (!missing) continue;
    const out = shown.findLastIndex((p) => p.stance === 'mentions');
    if (out < 0 && shown.some(onSide)) continue;
    shown.splice(out >= 0 ? out : shown.length - 1, 1);
    shown.push(missing);
    shown.sort((a, b) => passages.indexOf(a) - passages.indexOf(b));
  }
  return shown;
}
