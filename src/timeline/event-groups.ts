import { differentPeople } from '../language/people.ts';
import { MentionIndex } from './event-candidates.ts';
import { Likeness, SAME_DAY_EVENT, spanOf } from './event-likeness.ts';
import { CLOSE_DAYS, type Mention } from './event-mentions.ts';

/**
 * Groups the mentions of one event across articles. The sentences' own events are joined first,
 * closest dates first, a group never holding two mentions of one article (an undated lead aside)
 * nor two mentions naming different people. The other times a sentence names then join the event
 * they date as further sources; they never make an event of their own. Only pairs the index finds
 * are compared: the others cannot be alike.
 */
export function groupMentions(mentions: readonly Mention[], weight: (t: string) => number): Mention[][] {
  const likeness = new Likeness(weight);
  const primaries = mentions.filter((m) => m.primary);
  const pairs: { a: Mention; b: Mention; gap: number; likeness: number }[] = [];
  for (const [i, j] of new MentionIndex(primaries, weight, SAME_DAY_EVENT, spanOf).pairs()) {
    const [a, b] = [primaries[i] as Mention, primaries[j] as Mention];
    const alike = likeness.of(a, b);
    if (alike > 0) pairs.push({ a, b, gap: likeness.gapDays(a, b), likeness: alike });
  }
  // An undated lead and the sentence that dates its news are one event, whatever their words.
  const bySentence = new Map<string, Mention[]>();
  for (const m of primaries) bySentence.set(m.sentence, [...(bySentence.get(m.sentence) ?? []), m]);
  for (const lead of primaries.filter((m) => m.datedBy))
    for (const b of bySentence.get(lead.datedBy ?? '') ?? []) pairs.push({ a: lead, b, gap: 0, likeness: 1 });
  // Reports that name the same day first: a month or "early November" holds many days' events.
  const coarse = (p: (typeof pairs)[number]) =>
    p.a.time.precision === 'day' && p.b.time.precision === 'day' ? 0 : 1;
  pairs.sort((x, y) => coarse(x) - coarse(y) || x.gap - y.gap || y.likeness - x.likeness);
  const groupOf = new Map(primaries.map((m) => [m, [m]]));
  // One mention per article, but for a lead and the sentence that dates it: an undated lead
  // does not take a second date from its own article.
  const together = (g: Mention, m: Mention) =>
    g.source.articleId !== m.source.articleId ||
    (g.time.implicit && !m.time.implicit && g.datedBy === m.sentence) ||
    (m.time.implicit && !g.time.implicit && m.datedBy === g.sentence);
  const fits = (group: readonly Mention[], m: Mention) =>
    group.every((g) => !differentPeople(g.people, m.people) && together(g, m));
  for (const { a, b } of pairs) {
    const [ga, gb] = [groupOf.get(a), groupOf.get(b)];
    if (!ga || !gb || ga === gb || !gb.every((m) => fits(ga, m))) continue;
    for (const m of gb) {
      ga.push(m);
      groupOf.set(m, ga);
    }
  }
  const groups = [...new Set(groupOf.values())];
  const position = new Map(groups.map((g, i) => [g, i]));
  // A second time of the main clause beyond the news cycle of the sentence's own event tells
  // another occasion ("pictures released on Friday show wagons crossing on 18 November"): told
  // nowhere else, it is an event of its own.
  const ownOccasion = (m: Mention) => {
    const own = primaries.find((p) => p.sentence === m.sentence);
    return m.main && own !== undefined && likeness.gapDays(m, own) > CLOSE_DAYS;
  };
  // A further time joins the group of the mention most like it, first group first on a tie.
  const index = new MentionIndex(mentions, weight, SAME_DAY_EVENT, spanOf);
  mentions.forEach((m, i) => {
    if (m.primary) return;
    const near = new Map<Mention[], number>();
    for (const j of index.candidates(i)) {
      const g = mentions[j] as Mention;
      const group = groupOf.get(g);
      if (group) near.set(group, Math.max(near.get(group) ?? 0, likeness.of(g, m)));
    }
    let best: { group: Mention[]; likeness: number } | undefined;
    const ordered = [...near].sort((x, y) => (position.get(x[0]) ?? 0) - (position.get(y[0]) ?? 0));
    for (const [group, alike] of ordered) {
      if (!fits(group, m) || group.some((g) => g.sentence === m.sentence)) continue;
      if (alike > (best?.likeness ?? 0)) best = { group, likeness: alike };
    }
    if (best) {
      best.group.push(m);
      groupOf.set(m, best.group);
    } else if (ownOccasion(m)) {
      const own = [m];
      position.set(own, groups.length);
      groups.push(own);
      groupOf.set(m, own);
    }
  });
  // Each event's mentions in story order, so that its sources and dates read as the story does.
  const order = new Map(mentions.map((m, i) => [m, i]));
  return groups.map((g) => g.sort((x, y) => (order.get(x) ?? 0) - (order.get(y) ?? 0)));
}
