// Words by which a question asks about the state of things now, or the latest turn of a story:
// "this time", "still", "so far", "lately".
const NOW =
  /\b(?:this time|now|latest|recent(?:ly)?|lately|currently|still|yet|so far|these days|anymore|any more)\b/iu;

/** Whether a question asks about now ("are they still…", "who said it this time?"). */
export const asksAboutNow = (question: string): boolean => NOW.test(question);
