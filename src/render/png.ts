import { Resvg } from '@resvg/resvg-js';
import { resourcePath } from '../language/resources/locate.ts';

// SVG to PNG in-process (resvg, no browser), with the font the project ships, so a picture looks
// the same on every machine whatever fonts it has.
export function svgToPng(svg: string): Buffer {
  const resvg = new Resvg(svg, {
    font: {
      fontFiles: [resourcePath('fonts', 'DejaVuSans.ttf')],
      loadSystemFonts: false,
      defaultFontFamily: 'DejaVu Sans',
    },
    fitTo: { mode: 'width', value: 1000 },
  });
  return resvg.render().asPng();
}
