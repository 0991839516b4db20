import { beforeAll, describe, expect, it } from 'vitest';
import { loadContext } from '../../src/app.ts';
import type { Story } from '../../src/retrieval/story.ts';
import { type TimelineEvent, timeline } from '../../src/timeline/timeline.ts';

// A made-up story of three reports of a ferry disaster (tests/fixtures/stories/lakevarnferry),
// written to pin each rule of dating: tense, anchors, leads, one event per sentence, people.
let story: Story;
let events: TimelineEvent[];
const refs = (e: TimelineEvent) => e.sources.map((s) => `${s.articleId}¶${s.paragraph}`);
const shown = (e: TimelineEvent) => [e.date, e.precision, refs(e).join(' ')];
const starting = (words: string) => events.find((e) => e.text.startsWith(words));

beforeAll(async () => {
  story = (await loadContext(new URL('../fixtures/stories/lakevarnferry/', import.meta.url).pathname)).story;
  events = timeline(story);
});

describe('the ferry story: dates by tense and anchor', () => {
  // [the sentence an event is shown by, its date, precision and sources]
  it.each([
    // "Two days later" counts from Wednesday two paragraphs up, not from publication.
    ['Two days later, investigators searched', '2024-10-18', 'day', 'v3¶4'],
    // "The next day" counts from the visit on Monday, past the quotation between them.
    ['The next day her ministry said', '2024-10-15', 'day', 'v2¶6'],
    // "weeks after the council rejected …" dates the rejection some weeks before the search.
    ['The search came weeks after', '2024-10', 'month', 'v3¶5'],
    // "afterwards" speaks of the same occasion as the visit.
    ['"Nobody should have to wait', '2024-10-14', 'day', 'v2¶5'],
    // Planned: forward from publication.
    ['Ferry services on the lake will resume next week.', '2024-10-21', 'week', 'v1¶7'],
    ['A memorial service for the victims will be held', '2024-11-03', 'day', 'v3¶9'],
    ['An independent inquiry will open public hearings in January', '2025-01', 'month', 'v1¶7'],
    ['The ferry is expected to return to service in the spring.', '2025-03', 'season', 'v3¶9'],
    ['The inquiry is due to report by the end of March.', '2025-03', 'month', 'v2¶8'],
  ])('%s … is dated %s (%s)', (words, date, precision, sources) => {
    const event = starting(words);
    expect(event && shown(event)).toEqual([date, precision, sources]);
  });

  it('lists them in date order, the report due in late March after the spring it opens', () => {
    const order = [
      'The search came',
      'The next day',
      'Two days later',
      'Ferry services',
      'A memorial',
      'An independent',
      'The ferry is expected',
      'The inquiry is due',
    ];
    const at = order.map((words) => events.findIndex((e) => e.text.startsWith(words)));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
  });
});

describe('the ferry story: each lead is an event, each sentence one event, shown from its start', () => {
  it('dates an undated lead by the sentence that dates its news, and a lead with a time by its own', () => {
    expect(shown(starting('Chief prosecutor Mara Lind') as TimelineEvent)).toEqual([
      '2024-10-16',
      'day',
      'v3¶2 v3¶1',
    ]);
    const capsizing = starting('A passenger ferry capsized') as TimelineEvent;
    expect(shown(capsizing)).toEqual(['2024-10-13', 'day', 'v1¶1 v2¶2 v3¶1 v2¶1']);
    // Sunday in one report, Saturday in another; "last week" (v3) fits both and takes no side.
    expect(capsizing.dates.map((d) => [d.date, refs({ ...capsizing, sources: d.sources })])).toEqual([
      ['2024-10-13', ['v1¶1']],
      ['2024-10-12', ['v2¶2']],
    ]);
  });

  it('shows no sentence as two events, and every event from where its sentence starts', () => {
    const texts = events.map((e) => e.text);
    expect(new Set(texts).size).toBe(texts.length);
    const sentences = new Set(story.passages.flatMap((p) => p.paragraph.sentences.map((s) => s.text)));
    expect(texts.filter((t) => !sentences.has(t))).toEqual([]);
  });

  it('joins what one person did on one day, reported by two outlets', () => {
    // The minister spoke on Monday (v1) and visited the pier on Monday (v2).
    expect(refs(starting('"We will find out exactly') as TimelineEvent)).toEqual(['v1¶5', 'v2¶4']);
  });
});
