// The colours the Commitments charts take from the theme (commitments.css defines the --cm-*).
import { themeColor } from '../explore/use-theme-mode.ts';

export interface CommitmentChartColors {
  text: string;
  muted: string;
  border: string;
  surface: string;
  coverage: string;
  utilization: string;
  savings: string;
  unused: string;
  choice: string;
}

export function chartColors(): CommitmentChartColors {
  return {
    text: themeColor('--text'),
    muted: themeColor('--muted'),
    border: themeColor('--border'),
    surface: themeColor('--surface'),
    coverage: themeColor('--cm-coverage'),
    utilization: themeColor('--cm-utilization'),
    savings: themeColor('--cm-savings'),
    unused: themeColor('--cm-unused'),
    choice: themeColor('--cm-choice'),
  };
}

export function axisStyle(c: CommitmentChartColors) {
  return { axisLine: { lineStyle: { color: c.border } }, splitLine: { lineStyle: { color: c.border, opacity: 0.6 } }, axisLabel: { color: c.muted, hideOverlap: true }, nameTextStyle: { color: c.muted } };
}

export function tooltipStyle(c: CommitmentChartColors) {
  return { confine: true, backgroundColor: c.surface, borderColor: c.border, textStyle: { color: c.text } };
}

/** What every Commitments chart shares: no animation, the page's background and text, a legend on top (when `legend`). */
export function baseOption(c: CommitmentChartColors, legend: boolean) {
  return { animation: false, backgroundColor: 'transparent', textStyle: { color: c.text }, ...(legend ? { legend: { top: 0, textStyle: { color: c.text } } } : {}) };
}
