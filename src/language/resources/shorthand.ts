// How people type in a chat: contractions without their apostrophe ("whats", "didnt") and common
// shorthand ("govt", "ppl", "bc"). Left as typed, each is a content word no article uses, and it
// weighs as much as the question's real subject ("whats" stems to "what", which stop lists only
// know with its apostrophe). Spelled out, they are the words the rest of the analysis knows.
// Forms that are also words of their own in ordinary writing ("well", "were", "its", "us",
// "shell", "id") are left alone, and so is any form in capitals: "U.S.", "IMO" (a UN agency),
// "Gov." (a governor) are not chat.
const CONTRACTIONS = `whats what's|whos who's|hows how's|wheres where's|whens when's|whys why's|thats that's
|theres there's|heres here's|dont don't|doesnt doesn't|didnt didn't|isnt isn't|arent aren't|wasnt wasn't
|werent weren't|cant can't|couldnt couldn't|wouldnt wouldn't|shouldnt shouldn't|wont won't
|havent haven't|hasnt hasn't|hadnt hadn't|aint ain't|mustnt mustn't|neednt needn't|im I'm|ive I've
|youre you're|youve you've|theyre they're|theyve they've|theyll they'll|weve we've|shes she's
|itll it'll|whatre what're|wouldve would've|couldve could've|shouldve should've|whatd what'd`;

const SHORTHAND = `u you|ur your|r are|pls please|plz please|bc because|b/c because|cuz because|coz because
|tho though|thru through|abt about|w/ with|w/o without|ppl people|govt government
|gov't government|rn right now|smth something|sth something|yr year|yrs years|hr hour|hrs hours
|mins minutes|approx approximately|info information|intl international|dept department
|b4 before|amt amount|bday birthday|msg message|pic picture|pics pictures|vs versus|esp especially
|obv obviously|quid pounds|bucks dollars|idk I don't know|imo in my opinion|tbh to be honest
|btw by the way|iirc if I remember correctly|afaik as far as I know|ngl not gonna lie|lol |lmao |fr 
|n and|max maximum|intel intelligence|yday yesterday|tmrw tomorrow|wk week|wks weeks|jan January
|feb February|apr April|jun June|jul July|aug August|sept September|sep September|oct October
|nov November|dec December`;

function table(text: string): Map<string, string> {
  return new Map(
    text
      .replace(/\n/gu, '')
      .split('|')
      .map((entry) => {
        const space = entry.indexOf(' ');
        return [entry.slice(0, space), entry.slice(space + 1)] as const;
      }),
  );
}

const SPELLED = new Map([...table(CONTRACTIONS), ...table(SHORTHAND)]);
// A form stands alone: not inside a word, a number ("2 hrs" is fine, "r2" is not), a link or an
// abbreviation ("u.s.").
const FORM = /(?<![\p{L}\p{N}'’/.])([\p{L}\d]+(?:\/\p{L}*|'t)?)(?![\p{L}\p{N}/]|['’](?!s\b)|\.\p{L})/gu;
// Forms that are also names when capitalised ("Max", "Jan", "Intel", "N"): spelled out only as
// typed in lower case.
const NAMES_TOO = new Set(['max', 'jan', 'jun', 'jul', 'n', 'intel']);
// Typed in lower case, or capitalised as the first word of a sentence.
const CHAT_CASE = /^(?:[\p{Ll}\d/']+|\p{Lu}[\p{Ll}\d/']+)$/u;

/**
 * A question or claim as the rest of the analysis reads it: chat contractions and shorthand
 * spelled out, everything else as typed. Idempotent.
 */
export function spelledOut(text: string): string {
  return text
    .replace(FORM, (form: string) => {
      const lower = form.toLowerCase();
      const chat = form === lower ? CHAT_CASE.test(form) : CHAT_CASE.test(form) && !NAMES_TOO.has(lower);
      const spelled = chat ? SPELLED.get(lower) : undefined;
      return spelled ?? form;
    })
    .replace(/ {2,}/gu, ' ')
    .trim();
}
