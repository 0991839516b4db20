import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';

// SVG to PNG in-process (resvg, no browser), with the font the project ships, so a picture looks
// the same on every machine whatever fonts it has.
const FONT = join('resources', 'fonts', 'DejaVuSans.ttf');

function fontPath(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, FONT))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`${FONT} is missing: reinstall the project`);
    dir = parent;
  }
  return join(dir, FONT);
}

export function svgToPng(svg: string): Buffer {
  const resvg = new Resvg(svg, {
    font: { fontFiles: [fontPath()], loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' },
    fitTo: { mode: 'width', value: 1000 },
  });
  return resvg.render().asPng();
}
