// A chart as a picture: the chart on screen drawn again on a detached echarts instance of the
// renderer the format needs (canvas for PNG, SVG for SVG), at the size it has on screen, on the
// theme's surface colour and without animation, from the option the live chart holds now (so a
// legend entry switched off or a zoom stays as the person left it).
import * as echarts from 'echarts/core';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';
import { themeColor } from '../explore/use-theme-mode.ts';
import { dataUrlBlob } from '../explore/download.ts';
import type { EchartHandle } from './use-echart.ts';

echarts.use([CanvasRenderer, SVGRenderer]);

/** PNGs are drawn at twice the screen size, sharp when pasted into a slide or a document. */
export const PNG_PIXEL_RATIO = 2;

export class ChartNotDrawn extends Error {
  constructor() {
    super('The chart is not drawn yet: wait until it shows, then try again.');
    this.name = 'ChartNotDrawn';
  }
}

function redraw<T>(handle: EchartHandle, renderer: 'canvas' | 'svg', use: (c: echarts.ECharts, background: string) => T): T {
  const live = handle.chart.current;
  const box = handle.el.current;
  if (!live || !box || box.clientWidth === 0) throw new ChartNotDrawn();
  const background = handle.setup.imageBackground ?? (themeColor('--surface') || '#ffffff');
  const holder = document.createElement('div');
  const copy = echarts.init(holder, handle.setup.theme, { renderer, width: box.clientWidth, height: box.clientHeight });
  try {
    copy.setOption({ ...live.getOption(), animation: false, backgroundColor: background });
    return use(copy, background);
  } finally {
    copy.dispose();
  }
}

export function chartPng(handle: EchartHandle): Blob {
  return redraw(handle, 'canvas', (c, backgroundColor) => dataUrlBlob(c.getDataURL({ type: 'png', pixelRatio: PNG_PIXEL_RATIO, backgroundColor })));
}

export function chartSvg(handle: EchartHandle): Blob {
  return redraw(handle, 'svg', (c) => new Blob([c.renderToSVGString()], { type: 'image/svg+xml' }));
}

/** The PNG on the clipboard, as an image other programs paste (slides, chat, mail). */
export async function copyChartPng(handle: EchartHandle): Promise<void> {
  if (!navigator.clipboard?.write || typeof ClipboardItem === 'undefined') {
    throw new Error('This window cannot put images on the clipboard (it needs a secure page, such as the app or browser mode on 127.0.0.1): save the PNG instead.');
  }
  await navigator.clipboard.write([new ClipboardItem({ 'image/png': chartPng(handle) })]);
}
