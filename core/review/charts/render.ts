// A chart option rendered server-side: echarts' SSR SVG renderer, then @resvg/resvg-js for a real
// PNG (pptxgenjs would write SVG bytes into its PNG fallback; a PDF needs a raster too). Node
// only: echarts' DOM-free renderer and a native module, never reached from the contract.
// Both load on the first pack written (chartsReady), not at start-up: echarts alone takes seconds
// to load, which every command line run paid, since the command line imports every command.
import type * as Echarts from 'echarts';
import type { Resvg as ResvgClass } from '@resvg/resvg-js';

let libraries: { echarts: typeof Echarts; Resvg: typeof ResvgClass } | null = null;

/** Loads the chart libraries once; a writer awaits it before its first chartSvg or chartPng. */
export async function chartsReady(): Promise<void> {
  if (libraries) return;
  const [echarts, resvg] = await Promise.all([import('echarts'), import('@resvg/resvg-js')]);
  libraries = { echarts, Resvg: resvg.Resvg };
}

function loaded(): { echarts: typeof Echarts; Resvg: typeof ResvgClass } {
  if (!libraries) throw new Error('chart libraries not loaded: await chartsReady() before rendering a chart');
  return libraries;
}

/** The size charts are laid out at, in echarts pixels (the deck's chart box is 5.2 × 3.6 in). */
export const CHART_SIZE = { width: 780, height: 540 } as const;
/** PNG width: twice the layout size, sharp on a projector and in print. */
export const PNG_WIDTH = CHART_SIZE.width * 2;

export function chartSvg(option: unknown, size: { width: number; height: number } = CHART_SIZE): string {
  const { echarts } = loaded();
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: size.width, height: size.height });
  try {
    chart.setOption(option as Echarts.EChartsOption);
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

export function chartPng(option: unknown, size: { width: number; height: number } = CHART_SIZE): Buffer {
  const svg = chartSvg(option, size);
  const { Resvg } = loaded();
  return Buffer.from(new Resvg(svg, { fitTo: { mode: 'width', value: size.width * 2 }, background: '#ffffff', font: { loadSystemFonts: true } }).render().asPng());
}
