// Chrome known by its wording rather than its shape: the phrases of web boilerplate, wherever
// they stand on a page. Only generic phrases, never text of one article. (The headings after
// which a page moves on to other stories are in end-markers.ts.)

/**
 * A wire's note of what a new version adds, closing a line: "(Adds company comment, details in
 * paragraphs 5-6)", "(Updates with death toll)".
 */
export const VERSION_NOTE =
  /\s*\((?:adds|updates|corrects|recasts|changes|rewrites|refiles|removes|fixes)\b[^)]*\)\s*$/iu;

/** A count of comments: "23 comments", "Comments (23)". */
export const COMMENT_COUNT = /^(?:comments?\s*\(\d+\)|\d+\s+comments?)$/iu;

/** A reading time alone on a line: "4 min read", "5–6 minutes". */
export const READING_TIME = /^\d+(?:\s*[–-]\s*\d+)?\s*min(?:ute)?s?(?: read)?$/iu;

// Generic web boilerplate that can sit anywhere on the page.
const BOILERPLATE: readonly RegExp[] = [
  /^[-–—•\s]*(?:advertisement|sponsored(?: content)?|promoted)\b/iu,
  /\b(?:we|this (?:web)?(?:site|page)) uses? cookies\b|\bpartners use cookies\b|\bcookies and similar technologies\b|\b(?:use|set|store|access|accept|allow)\b[^.!?]{0,60}\bcookies\b|\b(?:essential|analytics|additional|optional|necessary|tracking) cookies\b|^cookies on\b|^we (?:value|respect|care about) your privacy\b|\bcookie (?:policy|settings|preferences)\b|\baccept (?:all )?cookies\b|\byou accept our (?:privacy|cookie) policy\b/iu,
  /^our (?:free )?(?:\p{L}+ )?newsletter\b|\bsubscribe to (?:our|the) (?:\p{L}+ )?newsletter\b|\bsign up (?:for|to) (?:our|the) (?:\p{L}+ )?newsletter\b/iu,
  // A paywall's count: "Subscriber preview: you are reading one of three free analyses this month".
  /^subscribers?(?:[- ]only)? (?:preview|content|exclusive)\b|\byou(?: are|['’]re) reading (?:\p{L}+|\d+) of (?:\p{L}+|\d+) free\b|\byou have (?:\p{L}+|\d+) free (?:articles?|stories|reads?)\b|\byou(?:['’]ve| have) read (?:\p{L}+|\d+) of (?:your )?(?:\p{L}+|\d+) free\b|\bthis is your (?:\p{L}+|\d+(?:st|nd|rd|th)?) free (?:article|story|read)\b/iu,
  /\ball rights reserved\b|^©|^copyright\b/iu,
  // "Tags: a, b", "Read more: <other story>", "Photo: Reuters": a label introducing links or
  // credits; "Pull quote: …", the story's words set again in large type.
  /^(?:tags?|topics?|categor(?:y|ies)|filed under|keywords|read more|read also|also read|see also|share(?: this)?(?: article| story| post)?|follow us(?: on \p{L}+)?|photos?|images?|pictures?|credits?|source|pull[- ]?quote)\s*:/iu,
  // A teaser of another story under its label: "Related: Why the port strike matters", "Watch:
  // Drone footage shows …", "Most read: …".
  /^(?:related(?: [\p{L}]+)?|more on this(?: story)?|most read|watch|listen|recommended|don['’]t miss)\s*:/iu,
  // A site's notes on its own practice: "Our Standards: The Trust Principles.", "All quotes
  // delayed a minimum of 15 minutes.", "This is a developing story and will be updated.",
  // "Reporting by …; Editing by …".
  /^our (?:standards|editorial (?:standards|principles|guidelines|policy))\s*:|\bquotes delayed (?:a minimum of |by )?(?:at least )?\d+ min/iu,
  // "This explainer was updated on 6 March to correct the name of a port."
  /^this (?:is a )?(?:developing|breaking)(?: news)? story\b|^this (?:story|article|report|explainer|piece|post|analysis|feature|interview|page) (?:has been|was|will be|is being) (?:updated|amended|corrected)\b/iu,
  // A partner's story as syndicated: "This article is syndicated from Pacific Wire Agency and
  // appears unedited. Harbourline Daily is not responsible for its content."
  /^this (?:story|article|report|piece) (?:is|was|has been) (?:syndicated|republished|reproduced|reprinted)\b|\bappears unedited\b|\bis not responsible for (?:the|its) content\b/iu,
  /^(?:additional )?(?:reporting|writing|editing) by\b[^.!?]*(?:;|$)/iu,
  // A wire's or a colleague's share of the story: "The Associated Press contributed to this report."
  /\bcontributed (?:to )?(?:this|the) (?:report|story|article)\.?$/iu,
  // An invitation to subscribe, whatever the letter is called: "Subscribe to Kestrel Briefings:
  // one email a week", "Sign up for our morning briefing".
  /^(?:subscribe|sign up)\b|\bbecome a (?:member|subscriber|supporter|patron)\b|\b(?:cancel|unsubscribe) (?:at )?any ?time\b|\bwe will (?:only )?use your e-?mail\b|\bsupport (?:independent |our |local )+journalism\b|\b(?:straight |directly )?(?:to|in|into) your inbox\b/iu,
  // A bar of places to share the story: "Facebook X WhatsApp Telegram Copy link".
  /^(?:(?:share(?: on| by| via| this)?|facebook|x|twitter|whatsapp|telegram|linkedin|e-?mail|copy(?: link)?|print|reddit|pinterest|messenger|threads|bluesky|flipboard|save|post)\b[\s·|,•]*){2,}$/iu,
  // A rule drawn across the page: "--------", "* * *".
  /^(?:[-=_~*•·]\s?){3,}$/u,
  // Page furniture: skip links, capture stamps, read-aloud widgets, comment prompts, translation
  // notices, weather.
  /^skip to (?:the )?(?:main )?(?:content|navigation)\b/iu,
  /^page (?:captured|saved|archived|retrieved)\b/iu,
  /\blisten to (?:this|the) (?:article|story)\b/iu,
  READING_TIME,
  // "Status: 16.02.2026, 06:30 a.m.", "Reading time: 5 minutes": a page's labels of time.
  /^(?:status|reading time|read time|as of)\s*:[^.!?]*\d/iu,
  /\bleave a comment\b|\bcomments are (?:moderated|closed|not enabled|disabled|turned off)\b|\bjoin the (?:conversation|discussion)\b/iu,
  // A transcript's note on itself: "This transcript was produced with automated software …".
  /^this transcript (?:was|has been|is|may)\b|\bcheck (?:it )?against the (?:audio|recording|broadcast)\b/iu,
  /\b(?:translated automatically|automatically translated|machine[- ]translated|machine translation)\b|^translated (?:by|from)\b|\bread the original (?:[\p{L}-]+ )?(?:article|story|version)\b|\bthe \p{L}+ original is authoritative\b|^this (?:article|story|text|page|report) (?:was|has been|is) (?:automatically |machine[- ])?translated\b/iu,
  // "Posted on June 20, 2025 by Hugo Brandt | 4 Comments", "Published 10 June 2025, 18:05".
  /^(?:posted|published|updated|last updated)\b[^.!?]*\d[^.!?]*$|^(?:\p{L}+,\s+)?(?:posted|published|updated|last updated)\s*:/iu,
  // A count of comments as a widget: "Comments (23)", "23 comments".
  COMMENT_COUNT,
  // A photo caption carries its credit: "(Photo: Reuters)", "(Photo by Jordan Keel/Allied Press)".
  /\((?:file )?(?:photos?|images?|pictures?|credits?)\s*(?::|by\s)[^)]*\)/iu,
  // A line wholly in square brackets is an editor's aside, never the story: "[Photo caption: …]",
  // "[Video]", "[This page is automatically translated …]".
  /^\[[^\]]*\]$/u,
  // A caption labelled as one: "Image caption: …", "Photo caption: …", "Image source, NRB".
  /^(?:(?:photos?|images?|pictures?|video)\s+)?(?:captions?|descriptions?)\s*[:,]|^(?:photos?|images?|pictures?|video) source\s*[:,]/iu,
  // A caption ending on its outlet in brackets: "… in Nakuru town on March 6, 2024. [Rift Today]".
  /[.!?]\s*\[[^\]]{2,40}\]$/u,
  // A wire's note of what a new version adds, on a line of its own.
  new RegExp(`^${VERSION_NOTE.source}`, VERSION_NOTE.flags),
  /^as of \d{1,2}[:.]\d{2}\b/iu,
  // A caption ending on its credit: "Islanders wait at the pier. Photograph: Callum Reid/The
  // Ledger", "… Image: Frostline Logistics"; a gallery's count and licensing link.
  /(?:^|[.!?)”’"|/]\s*)(?:(?:[Pp]hoto(?:graph)?s?|[Pp]ictures?|[Ii]mages?)(?: [Cc]redits?)?|[Cc]redits?|[Ii]llustration|[Ff]ootage)\s*(?::|by)\s*\p{Lu}[^.!?]*$/u,
  /\bpurchase licensing rights\b|^\[\d+\s?\/\s?\d+\]/iu,
  // The page asking the reader to act: "Tap here for details", "Download the KVTR 7 News app",
  // "Please turn on JavaScript", "Show key events only", "[ ] Notify me of new posts by email".
  /\badvertisement has not loaded\b|^(?:the )?(?:story|article) continues (?:below|after)\b|\bfollow [\p{L}\p{N} ]{1,30} on (?:whatsapp|telegram|google news|facebook|instagram|x|twitter|tiktok)\b|\bjoin our (?:whatsapp |telegram )?channel\b|^create an? [\p{L} ]{0,20}account\b|\bregistered in england\b|\bcompany (?:no|number)\b|^posted by [^:.!?]{1,40}:|\b(?:reach|contact|email) (?:him|her|them) at\b|^about [\p{Lu}][\p{L}'’ ]{1,40}:\s/iu,
  /\b(?:tap|click) here\b|\bdownload (?:the|our) [\p{L}\p{N} ]{0,30}\bapp\b|\b(?:turn on|enable) javascript\b|^(?:show|hide|load|view|see) (?:more|all|less|key events|comments|replies|\d+ more)\b|^\[\s?x?\s?\]\s|\bnotify me of\b|\benter your e-?mail\b|\bsubscribe to this (?:blog|site)\b/iu,
  // A site's terms for its forms and comments, and its pitch for support: "By providing your email
  // address, you agree to …", "we reserve the ability to disable comments", "Harbour Lines is a
  // reader-supported publication", "Thanks for reading …!".
  /\byou (?:have read and )?agree to\b|\b(?:disable|moderate) comments\b|\bcommenting policy\b|\breader[- ](?:supported|funded)\b|\bif you value (?:[\p{L}-]+ )*journalism\b|\bbook a (?:free )?demo\b|\bsubscribe to receive\b|\b(?:free or paid|paid) subscriber\b|\bsubscribe for free\b|^thanks for reading\b|^updated?\s*:\s*this (?:article|story|post|report|release|page)\b/iu,
  // An author's line about the author: "Maria Esquivel covers health for KMRB."
  /^\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’.-]+){0,2} (?:covers|writes about|reports on) [^.!?]{1,80}\bfor (?:the )?\p{Lu}/u,
  // "Kehinde Ajibola is a Metro reporter with NaijaLens News", "Marcus Reid is a staff
  // photographer and reporter.", "Rosalind Achterberg is a writer based in Pembrokeshire. Her
  // book …" (not "Jane Doe is a journalist who was arrested").
  /^\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’.-]+){1,2} is (?:an? |the )?(?:[\p{L}-]+ ){0,3}(?:[Rr]eporter|[Jj]ournalist|[Cc]orrespondent|[Pp]hotographer|[Cc]olumnist|[Ww]riter|[Ee]ditor)(?: (?:with|for|at) \p{Lu}| and [\p{L} ]{1,30}\.$|\.(?:\s|$)|,? covering\b| based in\b)/u,
  // A writer's address alone on a line: "noura@gulfmeridian.ae", "Email: j.doe@gazette.example".
  /^(?:e-?mail\s*:?\s*)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/iu,
  // A photo's place marked by a text browser or a reader view: "[IMG] Drivers outside the depot".
  /^\[(?:img|image|photo|picture)\]/iu,
  // A magazine's note of the issue a piece is in; a privacy notice; an outlet's code of practice.
  /^this (?:article|story|piece|essay|feature) (?:appears|appeared|was (?:first )?published) in (?:the|our) [^.!?]{0,40}\b(?:issue|edition)\b|^privacy (?:notice|policy)\s*:|\b(?:system|procedure|process) for handling complaints\b|\bfollows the [^.!?]{0,60}\bcode of (?:practice|ethics|conduct)\b/iu,
  // Notes for the press and the reader: an apology for an error, a press release's disclaimer
  // ("… has not been edited or verified by Journal staff"), a video player's label ("Play
  // video, "…", duration 1:48"), references, a press contact, a medical disclaimer.
  /\bregrets the error\b|\b(?:has|have) not been (?:edited|verified|reviewed|checked)(?: or (?:edited|verified|reviewed|checked))? by\b|\bas a service to (?:our )?readers\b|^play (?:video|audio)\b|\bduration \d{1,2}:\d{2}\b|^references?\s*:|^(?:media|press) (?:enquiries|inquiries|contacts?)\s*:|\bnot (?:a substitute|intended as a substitute) for\b[^.!?]{0,40}\badvice\b/iu,
  // A flash above the story ("BREAKING: …", "LIVE: …"), a call for tips, and notes about the
  // article rather than the news: "Editor's note: …", "Correction: An earlier version …".
  /^(?:breaking(?: news)?|just in|live|alert)\s*:|^got a (?:story|tip|news tip)\b|(?:^|\/\s*)editor['’]s note\s*:|^(?:corrections?|clarifications?)(?:,[^:.!?]{1,40})?\s*:/iu,
];

/** A line of generic web boilerplate, wherever it stands on the page. */
export function isBoilerplate(line: string): boolean {
  return BOILERPLATE.some((re) => re.test(line));
}
