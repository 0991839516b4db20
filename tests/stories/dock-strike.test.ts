import { storyHoldsFloors } from './story-floors.ts';

// Round 7: a dock strike told by four outlets (a local daily, a broadcaster's explainer, a wire
// with a dateline, a shipping journal's analysis), written blind and frozen before its first run.
// First run: 12 of 14 quotes, 10 of 14 events, 6 of 8 disagreements, 7 of 30 evidence passages
// on the expected side (7 of 16 sides), and every title its photo caption ("[Photo: …]"). Its
// misses were then read for general faults (shares in per cent, spans of time, days, outlets on
// other sides folded together; "chair of" a body is a person's post; a surname alone names again
// the person named in full; "vessels" and "ships" are one kind of thing counted), so these floors
// are what the rules reach now, not held-out figures. The three events gained are years the
// fixture writes as "2011-01-01" for "2011", now read at the precision it gives.
storyHoldsFloors('a dock strike told by four outlets', 'ostrandport', {
  quotes: 14,
  events: 13,
  disagreements: 7,
  stances: { right: 13, sides: 12 },
  titles: [
    'Deal ends 19-day port strike as dockers win 6% rise',
    'Ostrand port strike: what we know about the deal',
    'Dockworkers end strike at Ostrand port after mediator brokers pay deal',
    'Ostrand after the strike: who paid, and who pays next',
  ],
});
