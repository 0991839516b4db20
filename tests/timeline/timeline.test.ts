import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContext } from '../../src/app.ts';
import type { Story } from '../../src/retrieval/story.ts';
import { type TimelineEvent, timeline } from '../../src/timeline/timeline.ts';

let story: Story;
const refs = (e: TimelineEvent) => e.sources.map((s) => `${s.articleId}¶${s.paragraph}`);
const find = (events: TimelineEvent[], ref: string) => events.find((e) => refs(e).includes(ref));

beforeAll(async () => {
  story = (await loadContext('seeds')).story;
});

describe('the timeline of the five articles (events written by reading them)', () => {
  // [a paragraph that dates the event, date, precision, every source of the event]
  const expected: [string, string, string, string[]][] = [
    ['003¶8', '2022-02', 'month', ['002¶10', '003¶8']], // Russia's invasion "in February"
    ['004¶8', '2022-07', 'month', ['004¶8']], // recognition of the separatist regions "in July"
    ['000¶3', '2022-09', 'month', ['000¶3', '003¶4', '004¶5']], // the US claims of early September
    // Kirby "at the time" (000) and "later" (004): the purchases were not completed.
    ['004¶6', '2022-09', 'month', ['000¶3', '004¶6']],
    // The denial "on Wednesday", with the leads of 003 and 004 that report it undated, and 002
    // recalling it "in September".
    ['000¶1', '2022-09-21', 'day', ['000¶1', '002¶11', '003¶1', '003¶2', '004¶1']],
    ['001¶7', '2022-10-31', 'week', ['001¶7', '002¶4']], // Kirby's claim "last week"
    ['002¶9', '2022-11-02', 'day', ['001¶6', '002¶9']], // Kirby "told reporters on Wednesday"
    ['001¶2', '2022-11-07', 'day', ['001¶1', '001¶2', '002¶1']], // the November denial, 001's lead too
  ];

  it.each(expected)('%s is dated %s (%s) with sources %j', (ref, date, precision, sources) => {
    const event = timeline(story).find((e) => refs(e).includes(ref) && e.date === date);
    expect(event).toMatchObject({ date, precision });
    expect(event && refs(event).sort()).toEqual([...sources].sort());
  });

  it('lists them in chronological order, a coarse period before the days inside it', () => {
    const events = timeline(story);
    const order = expected.map(([ref]) => events.findIndex((e) => refs(e).includes(ref)));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('shows both dates when the sources disagree (Monday in one, Tuesday in another)', () => {
    const denial = find(timeline(story), '001¶2');
    expect(denial?.dates.map((d) => [d.date, d.sources.map((s) => s.articleId)])).toEqual([
      ['2022-11-07', ['001']],
      ['2022-11-08', ['002']],
    ]);
  });

  it('makes each article’s lead an event, and shows every event from where its sentence starts, once', () => {
    const events = timeline(story);
    const leads = ['000¶1', '001¶1', '002¶1', '003¶1', '004¶1'];
    expect(leads.filter((ref) => !find(events, ref))).toEqual([]);
    const texts = events.map((e) => e.text);
    const sentences = new Set(story.passages.flatMap((p) => p.paragraph.sentences.map((s) => s.text)));
    expect([texts.filter((t) => !sentences.has(t)), texts.length - new Set(texts).size]).toEqual([[], 0]);
  });

  it('never dates a sentence that has no time expression', () => {
    const dated = new Set(timeline(story).flatMap(refs));
    expect(dated.has('002¶3')).toBe(false); // "…could lead to a nuclear test." names no time
  });

  it('narrows to a topic and to a date range', () => {
    const missiles = timeline(story, { topic: 'missile tests' }).flatMap(refs);
    expect(missiles).toContain('002¶2');
    expect(missiles).not.toContain('004¶8');
    const november = timeline(story, { from: '2022-11-01', to: '2022-11-30' });
    expect(november.every((e) => e.date >= '2022-10-31')).toBe(true);
    expect(find(november, '004¶8')).toBeUndefined();
  });

  it('moves relative dates with the publication date in the manifest', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'storydesk-'));
    await cp('seeds', dir, { recursive: true });
    const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as {
      articles: { id: string; published: string }[];
    };
    for (const a of manifest.articles) if (a.id === '002') a.published = '2022-11-15';
    await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest));
    const moved = timeline((await loadContext(dir)).story);
    expect(find(moved, '002¶1')?.date).toBe('2022-11-15');
    expect(find(moved, '002¶2')?.date).toBe('2022-11-07');
  });
});
