import { describe, expect, it } from 'vitest';
import { cleanPage } from '../../src/corpus/article.ts';

const BODY =
  'Three hospitals in Northvale declared their highest level of alert on Tuesday as temperatures reached 34C for a second day and admissions climbed.';

// The headline is the last headline-like line above the body until a byline under it says it has
// been seen; a page's widgets between the two do not set the byline further away.
describe('the title of a page, with widgets between headline and byline', () => {
  it.each([
    [
      'a player, a reading time, a time ago, share buttons',
      [
        "Emergency departments on 'black alert' as heatwave pushes admissions to a record",
        'Listen to this article',
        '4 min',
        '1 hour ago',
        'Share',
        'Save',
        'Priya Nandakumar',
        'Health correspondent, NVB Northvale',
        'Ambulances queued outside St Aldric’s Hospital in Carnforth on Tuesday afternoon',
      ],
      "Emergency departments on 'black alert' as heatwave pushes admissions to a record",
    ],
    [
      'a press release under a date in US time',
      [
        'PRESS RELEASE',
        'Apr 8, 2025, 8:00 AM ET',
        'The Journal publishes press releases as a service to readers. The content has not been edited or verified by Journal staff.',
        'Halvorsen Cells to Build $410 Million Battery Recycling Plant in Riverton',
      ],
      'Halvorsen Cells to Build $410 Million Battery Recycling Plant in Riverton',
    ],
  ])('%s', (_, lines, title) => {
    expect(cleanPage(`${lines.join('\n')}\n\n${BODY}\n`).title).toBe(title);
  });
});
