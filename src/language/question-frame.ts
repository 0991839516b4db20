import { answerFocus } from './asked-kind.ts';
import { type Word, words } from './text.ts';

// The frame of a question: the words that ask rather than name what is asked about.

// In a question a modal verb ("when will…", "could it…") frames the ask and names nothing;
// in the articles it stays, as "will not" is part of what was said.
// Hedges and fillers of spoken questions ("supposedly", "again", "like") frame the ask too.
const MODALS = new Set(['will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must']);
const HEDGES = new Set(
  'supposedly allegedly apparently actually basically exactly again like kinda sorta gonna wanna anyway stuff thing things back around away'.split(
    ' ',
  ),
);

// "When did the crash happen?": a verb that only says something took place stands for the event
// the question names, and no passage need repeat it.
const EVENT_VERBS = new Set(['happen', 'happens', 'happened', 'happening', 'occur', 'occurs', 'occurred']);

// "Do we know who…", "does anyone know if…", "any idea why…": the frame of a chat question asks
// whether the answer is known, and names nothing the answer holds.
const FRAME =
  /\b(?:(?:do|does|did) (?:we|you|they|anyone|anybody|people) (?:even )?know|(?:any|no) idea|i (?:want|need) to know|i wonder|(?:can|could) (?:you|someone|anyone) (?:tell|explain)(?: to)?(?: me| us)?)\b/giu;

/** The words of a question that name what it asks about: its frame, modals and hedges left out. */
export function namingWords(question: string): Word[] {
  const focus = answerFocus(question);
  return words(question.replace(FRAME, (frame) => ' '.repeat(frame.length))).filter(
    (w) => !focus.has(w.norm) && !MODALS.has(w.norm) && !HEDGES.has(w.norm) && !EVENT_VERBS.has(w.norm),
  );
}
