import type { TimelinePicture } from '../commands/reply.ts';
import { LIMITS } from './limits.ts';
import { svgToPng } from './png.ts';
import { timelineAlt, timelineSvg } from './timeline-svg.ts';

/** A file to send with a message: its name, bytes, type and description (alt text). */
export interface MessageFile {
  readonly name: string;
  readonly data: Buffer;
  readonly contentType: string;
  readonly description: string;
}

export const TIMELINE_FILE = 'timeline.png';

/** The timeline drawn as a PNG, described for screen readers within Discord's 1024 characters. */
export function renderPicture(picture: TimelinePicture): MessageFile {
  return {
    name: TIMELINE_FILE,
    data: svgToPng(timelineSvg(picture.events, picture.title)),
    contentType: 'image/png',
    description: timelineAlt(picture.events, picture.title, LIMITS.attachmentDescription),
  };
}
