import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../src/corpus/article.ts';
import { attribute } from '../../src/quotes/attribution.ts';
import { SpeakerBook } from '../../src/quotes/speakers.ts';

/** The speaker of each quotation of a made-up article, with the first words of the quotation. */
function speakers(paragraphs: string[]): string[] {
  const article = buildArticle(
    { id: 'r', file: 'r.txt', published: '2025-03-14' },
    `Harbour strike\n\n${paragraphs.join('\n\n')}\n`,
  );
  return attribute(article).map((q) => `${q.text.split(' ').slice(0, 3).join(' ')}: ${q.mention}`);
}

describe('news patterns of attribution, on made-up sentences', () => {
  it.each([
    // A verb inside what a noun holds ("the suggestion that it had ignored …") is not the one that attributes.
    [
      ['The port authority dismissed the suggestion that it had ignored the warnings as “pure invention”.'],
      ['pure invention: The port authority'],
    ],
    // A phrase holding a verb of saying is no speaker ("acknowledged in the staff briefing").
    [
      [
        'Lena Voss, the port’s director, acknowledged in the staff briefing that the cranes “should have been checked”.',
      ],
      ['should have been: Lena Voss'],
    ],
    // "X said it expected …": X speaks, not the pronoun of what it reported.
    [
      ['The port said it expected the delays to last “for the rest of the month”.'],
      ['for the rest: The port'],
    ],
    // "It said": the subject of the sentence before, when it is a name.
    [
      [
        'Harbour Lines Ltd, which runs the ferries, has cancelled all crossings. It said it hoped to sail again on Monday.',
      ],
      ['it hoped to: Harbour Lines Ltd'],
    ],
    // A short form in brackets belongs to the name before it.
    [
      [
        'The Maritime Safety Agency (MSA), which inspects the port, said the cranes had been certified in May.',
      ],
      ['the cranes had: The Maritime Safety Agency'],
    ],
    // A person introduced by an age between commas is who "she" means.
    [
      [
        'Dock manager Piet Janssen said the night shift was cancelled.',
        'Anna Brink, 64, from Quay Street, had booked a crossing for Friday. She was told on Thursday that it was off.',
        '“I had my tickets in my hand,” she said.',
      ],
      ['the night shift: Dock manager Piet Janssen', 'I had my: Anna Brink'],
    ],
    // A conjunction opening the sentence is no part of the speaker; one inside a name is.
    [
      [
        'But managing director Piet Janssen said he was “bewildered” by the findings.',
        'The Centre For Port Studies said the cranes were “sound”.',
      ],
      ['bewildered: managing director Piet Janssen', 'sound: The Centre For Port Studies'],
    ],
    // Speech opened by a dash, as European papers write it: to its attribution, or on to the
    // next dash; a heading between dashes is no speech.
    [
      [
        '– We stopped all deliveries at once, says Liv Hafsten, head of the importer. – We are a small firm and this is hard for us.',
        '– Sign of the shortages –',
      ],
      ['We stopped all: Liv Hafsten', 'We are a: Liv Hafsten'],
    ],
    // Reported speech whose clause opens with a quantifier.
    [['Mr Janssen said all 42 dockers had been sent home on full pay.'], ['all 42 dockers: Mr Janssen']],
    // Unnamed sources in the news formula keep what they are close to.
    [
      ['Two people familiar with the port’s finances said the strike could cost “millions”.'],
      ['millions: Two people familiar with the port’s finances'],
    ],
    // A verb inside the clause "said" reports is what was said: the one who said it speaks.
    [
      ['Fire chief Dana Holm said crews had faced “a very unstable scene” at the quay.'],
      ['a very unstable: Fire chief Dana Holm'],
    ],
    // A plural counted by a number is a noun, not a verb of saying ("14 fault reports").
    [
      ['Piet Janssen said the 14 fault reports proved that “the cranes were never safe”.'],
      ['the cranes were: Piet Janssen'],
    ],
    // A relative clause describes the speaker before it, whether the verb of saying follows the
    // clause or stands in it.
    [
      [
        'The firm that built the cranes said they had worked correctly.',
        'A port that calls its cranes “perfectly safe” should expect questions.',
      ],
      ['they had worked: The firm', 'perfectly safe: A port'],
    ],
    // A clause joined after the quotation ("…”, and a port that calls …") says nothing of it.
    [
      ['The port has dockers “working too slowly”, and the owner says nothing of it.'],
      ['working too slowly: undefined'],
    ],
    // Whoever calls a thing so says the words; a wire's dateline ends at its dash; a noun after
    // an adjective ("economic sanctions") is no verb of saying.
    [
      [
        'ROTTERDAM, May 12 (MPW) - The union on Tuesday rejected as “a fabricated crisis” a report by an independent sanctions monitor that said the port was failing.',
      ],
      ['a fabricated crisis: The union'],
    ],
    // A relative clause of a noun after the quotation tells what that noun says, not who said it;
    // a noun after an adjective is no verb of saying.
    [
      [
        'The union’s “final offer” came in a letter from port owner Harbour Lines that said the port would close.',
      ],
      ['final offer: undefined'],
    ],
    [['The union’s “last stand” drew economic sanctions.'], ['last stand: undefined']],
    // A noun after a determiner and a participle ("the proposed numbers") is no verb of saying;
    // the speaker is the one after the quotation.
    [
      ['The proposed numbers were “well within” what the site could handle, Inspector Ada Marsh said.'],
      ['well within: Inspector Ada Marsh'],
    ],
    // "It said" after a sentence whose subject is a body named by a common noun is that body.
    [
      ['The panel stopped short of a conclusion. It said it “could not establish the contents”.'],
      ['could not establish: The panel'],
    ],
    // "…, but said …" shares the subject of the sentence.
    [
      [
        'Varghese confirmed the firm had never led an event that size, but said “its supervisors had worked larger shows”.',
      ],
      ['its supervisors had: Varghese'],
    ],
    // A chair is a person's post: "she" after "Trust chair Rosalind Okafor-Pryce" is her.
    [
      [
        'Trust chair Rosalind Okafor-Pryce said cancelling was “the hardest decision”.',
        '“We cannot ask families to wait,” she said.',
      ],
      [
        'the hardest decision: Trust chair Rosalind Okafor-Pryce',
        'We cannot ask: Trust chair Rosalind Okafor-Pryce',
      ],
    ],
    // Opening the sentence, a conjunction is no part of the name after it.
    [
      ['But Margaret Fairlie, a retired teacher, said the council had made “the sensible call”.'],
      ['the sensible call: Margaret Fairlie'],
    ],
    // An adverb is no part of the speaker; a time opening the sentence is none either.
    [
      ['The Dockers Union flatly said it had “never struck in winter”.'],
      ['never struck in: The Dockers Union'],
    ],
    [
      [
        'The Dockers Union struck in 2019. Two months later it dismissed the owners’ offer as “an insult”.',
        'In March that year it repeated the demand, calling the offer “worthless”.',
      ],
      ['an insult: The Dockers Union', 'worthless: The Dockers Union'],
    ],
    // A surname alone names again a person named in full before: "she" then means her, not the
    // person named in between.
    [
      [
        'Transport Minister Lena Korsgaard appointed a mediator on Monday.',
        'Henrike Solberg, director of the port authority, praised the move.',
        'Korsgaard welcomed the agreement. “This is a good day for the port,” she said.',
      ],
      ['This is a: Transport Minister Lena Korsgaard'],
    ],
  ])('%j', (paragraphs, expected) => expect(speakers(paragraphs)).toEqual(expected));
});

describe('speakers named with an honorific or by letters', () => {
  it('"Colonel Mykola Hart" is a person with a rank, not a body', () => {
    const book = new SpeakerBook(['Colonel Mykola Hart'], new Set());
    expect([book.of('Colonel Mykola Hart')?.name, book.of('Colonel Mykola Hart')?.kind]).toEqual([
      'Mykola Hart',
      'person',
    ]);
  });
  it('"Its chair, Simon Oduya" is Simon Oduya, chair: a possessive is no part of the role', () => {
    const book = new SpeakerBook(['Its chair Simon Oduya'], new Set(['Simon Oduya']));
    expect([book.of('Its chair Simon Oduya')?.name, book.of('Its chair Simon Oduya')?.role]).toEqual([
      'Simon Oduya',
      'chair',
    ]);
  });
  it('"Mr Janssen" is the Piet Janssen the story introduces', () => {
    const book = new SpeakerBook(
      ['Dock manager Piet Janssen', 'Mr Janssen', 'Dr. Janssen'],
      new Set(['Piet Janssen']),
    );
    expect([book.of('Mr Janssen')?.name, book.of('Dr. Janssen')?.name]).toEqual([
      'Piet Janssen',
      'Piet Janssen',
    ]);
  });
});
