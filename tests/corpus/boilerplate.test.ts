import { describe, expect, it } from 'vitest';
import { isBoilerplate } from '../../src/corpus/boilerplate.ts';

// Chrome known by its wording, and story lines that merely resemble it.
describe('boilerplate by its wording', () => {
  it.each([
    // A partner's story as syndicated, and the site's disclaimer of it.
    [
      'This article is syndicated from Pacific Wire Agency (PWA) and appears unedited. Harbourline Daily is not responsible for its content.',
      true,
    ],
    // The story's words set again in large type.
    ['PULL QUOTE: “A denial costs Pyongyang nothing.”', true],
    // A note of a correction, whatever the piece is called.
    ['This explainer was updated on 6 March 2026 to correct the name of a Russian port.', true],
    // A newsletter's box run into one line.
    [
      'Our editors’ pick of the week’s best analysis, every Saturday. Your email | Sign up We will use your email only to send you this newsletter. Unsubscribe at any time.',
      true,
    ],
    // A dated correction, a press release's disclaimer, a video player's label, a credit by name.
    ['Correction, 15 October 2025: An earlier version of this article said the fine was £28,500.', true],
    [
      'The content is provided by the issuing organization and has not been edited or verified by Journal staff.',
      true,
    ],
    ['Play video, "Ambulances queue outside St Aldric\'s as temperatures reach 34C", duration 1:48', true],
    [
      'Commuters pass through the ticket barriers at London Bridge station. (Photo by Jordan Keel/Allied Press)',
      true,
    ],
    // A magazine's and a translator's notes on the piece, an author's bio, a pitch for support.
    [
      'This article appears in the Spring 2025 issue of The Longhand Quarterly. Subscribe to receive four issues a year.',
      true,
    ],
    ['Translated by Nordposten’s English desk. Read the original Norwegian article here.', true],
    ['Callum Fitch is a documentary photographer. His series Lights Out was shortlisted for a prize.', true],
    ['If you value long-form journalism like this, support The Longhand Quarterly.', true],
    ['Comments are not enabled on this article.', true],
    ['The council said the contracts would cost £380,000 and last eight weeks.', false],
    ['Alun Parry is a retired keeper who has been coming here since 1969.', false],
    ['The photo by the harbour was taken in 1998, the museum said.', false],
    ['The operator said it was not responsible for the delays on the upper valley routes.', false],
    ['The union said members could unsubscribe from the scheme if they wished.', false],
  ])('%s → %s', (line, expected) => expect(isBoilerplate(line)).toBe(expected));
});
