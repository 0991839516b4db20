// Times of day as news writes them ("8.14am", "8:21 a.m.", "6pm", "18:05", "noon"), as minutes
// after midnight: two reports of one event at two times disagree on it.

const CLOCK =
  /\b(\d{1,2})(?:[.:](\d{2}))?\s?(a\.?m\.?|p\.?m\.?)(?!\p{L})|\b([01]?\d|2[0-3]):([0-5]\d)\b(?![.:]\d)|\b(noon|midday|midnight)\b/giu;

/** The times of day a text gives, in minutes after midnight, in order. */
export function clockTimesIn(text: string): number[] {
  return clocksIn(text).map((c) => c.minutes);
}

/** A time of day a text gives, and where. */
export interface Clock {
  readonly minutes: number;
  readonly start: number;
}

/** The times of day a text gives, with where each starts. */
export function clocksIn(text: string): Clock[] {
  return [...text.matchAll(CLOCK)].flatMap((m) => {
    const at = (minutes: number) => [{ minutes, start: m.index }];
    if (m[6]) return at(m[6].toLowerCase() === 'midnight' ? 0 : 12 * 60);
    if (m[4] !== undefined) return at(Number(m[4]) * 60 + Number(m[5]));
    const hour = Number(m[1]);
    if (hour < 1 || hour > 12) return [];
    const pm = /^p/iu.test(m[3] ?? '');
    return at(((hour % 12) + (pm ? 12 : 0)) * 60 + Number(m[2] ?? 0));
  });
}
