import { lookUp } from '../language/resources/wordnet.ts';
import { isSpeechVerb } from '../language/speech-verbs.ts';
import { isParticiple } from '../language/tense.ts';

// Where a stretch of text uses a verb of saying as a verb: "dismissed the claims", not "the
// claims"; "said", not "economic sanctions".

// A word after a determiner or a possessive is a noun ("dismissed the claims as …", "the
// committee's written reasons"), not the verb; so is a plural counted by a number ("the 14 fault
// reports proved …").
const DETERMINER =
  /\b(?:the|a|an|its|his|her|their|our|these|those|such|this)\s+$|\p{L}['’]s\s+$|\b(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds)\s+(?:\p{Ll}+\s+)?$/iu;
// A clause that tells what a noun holds ("dismissed the suggestion that it had ignored a
// warning as …"): its verb is part of the noun's content, not the attribution.
const NOUN_CLAUSE =
  /\b(?:the|a|an|its|his|her|their|this|these|those|such|any)\s+(?:\p{Ll}+\s+)?\p{Ll}+\s+that\s+[^,;:“”"]*$/u;
/**
 * Every verb of saying a stretch uses as a verb, with its offset. A verb of saying is one WordNet
 * files under communication ("said", "warned", "dismissed", "repeated").
 */
export const speechVerbs = (text: string): { index: number; verb: string }[] =>
  [...text.matchAll(/(?<!\p{L})\p{Ll}+/gu)]
    .filter(
      (m) =>
        isSpeechVerb(m[0]) &&
        !DETERMINER.test(text.slice(Math.max(0, m.index - 30), m.index)) &&
        !afterParticiple(text.slice(Math.max(0, m.index - 40), m.index)) &&
        !afterAdjective(text.slice(0, m.index)) &&
        !NOUN_CLAUSE.test(text.slice(0, m.index)),
    )
    .map((m) => ({ index: m.index, verb: m[0] }));

// "The proposed numbers", "the revised figures": a word after a determiner and a participle heads
// a noun phrase.
function afterParticiple(left: string): boolean {
  const word = /\b(?:the|a|an|its|his|her|their|our|these|those|this)\s+(\p{Ll}+)\s+$/iu.exec(left)?.[1];
  return word !== undefined && isParticiple(word);
}

// A word after one that can only be an adjective is a noun: "a multinational sanctions monitoring
// group", "economic sanctions"; not after "later" or "new", which WordNet also reads as adverbs.
function afterAdjective(left: string): boolean {
  // A whole word in lower case: "Tarrant said" is no "arrant" (an adjective) before "said".
  const previous = /(?<!\p{L})(\p{Ll}+)\s+$/u.exec(left)?.[1];
  return (
    previous !== undefined &&
    lookUp(previous, 'adj') !== undefined &&
    !(['noun', 'verb', 'adv'] as const).some((pos) => lookUp(previous, pos) !== undefined)
  );
}
