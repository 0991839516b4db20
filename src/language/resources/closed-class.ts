// Closed classes of words: weekdays, months, seasons, parts of the day, ordinals, number words,
// compass points. Their members sit together in any thesaurus or vector space ("December" near
// "January", "first" near "last") yet never stand for one another.
const CLOSED_CLASS =
  /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter|morning|afternoon|evening|night|today|yesterday|tomorrow|first|second|third|fourth|fifth|last|next|previous|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|hundred|thousand|million|billion|north|south|east|west|northern|southern|eastern|western|left|right)$/u;

/** Whether a lower-case word belongs to a closed class (see above). */
export function isClosedClass(word: string): boolean {
  return CLOSED_CLASS.test(word);
}
