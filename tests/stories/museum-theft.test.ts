import { storyHoldsFloors } from './story-floors.ts';

// Round 6: a museum theft told by four outlets (a local daily, a broadcaster's Q&A explainer, a
// wire with a dateline, a trade analysis), written blind and frozen before this session's rules.
// First run, before any of them: 12 of 14 quotes, 15 of 16 events, 5 of 8 disagreements, 7 of
// 34 evidence passages on the expected side (5 of 15 sides). Its misses were then read for
// general faults, so these floors are what the rules reach now, not held-out figures. The event
// left is the hoard's find: "found in 1997" (m04) is one event with "discovered in 1998" (m01),
// shown under both years, its first year the other article's.
storyHoldsFloors('a museum theft told by four outlets', 'wrensteadheist', {
  quotes: 13,
  events: 15,
  disagreements: 6,
  stances: { right: 14, sides: 9 },
  titles: [
    'Sedgewick Hoard stolen as raiders smash through museum skylight',
    'Wrenstead museum heist: What we know about the stolen Sedgewick Hoard',
    'Gold hoard worth millions stolen in overnight raid on Wrenstead museum',
    'Wrenstead: how a deferred sensor upgrade left the Sedgewick Hoard exposed',
  ],
});
