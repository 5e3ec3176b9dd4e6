// Copy and save for every chart of the app: Copy puts a PNG on the clipboard, Save PNG and Save
// SVG download the chart as a file named after it. The same three buttons beside each chart.
import { useState } from 'react';
import { fileStem, saveBlob } from '../explore/download.ts';
import { chartPng, chartSvg, copyChartPng } from './chart-image.ts';
import type { EchartHandle } from './use-echart.ts';
import './charts.css';

interface Props {
  handle: EchartHandle;
  /** What the chart shows, in words: names the toolbar and the files. */
  title: string;
  /** The files' name without extension, when the view has one already (Explore's view title). */
  stem?: string;
}

type Outcome = { kind: 'done' | 'failed'; text: string } | null;

export function ChartTools({ handle, title, stem: givenStem }: Props) {
  const [outcome, setOutcome] = useState<Outcome>(null);
  const stem = givenStem ?? fileStem(title);
  const attempt = async (what: string, act: () => Promise<void> | void) => {
    setOutcome(null);
    try {
      await act();
      setOutcome({ kind: 'done', text: what });
    } catch (err) {
      setOutcome({ kind: 'failed', text: err instanceof Error ? err.message : String(err) });
    }
  };
  return (
    <div className="chart-tools" role="toolbar" aria-label={`Chart: ${title}`}>
      <span className="chart-tools-outcome small" role="status" data-kind={outcome?.kind}>
        {outcome?.text}
      </span>
      <button type="button" title="Copy the chart to the clipboard as a PNG image" onClick={() => void attempt('Copied as an image', () => copyChartPng(handle))}>
        Copy chart
      </button>
      <button type="button" title={`Save the chart as ${stem}.png`} onClick={() => void attempt(`Saved ${stem}.png`, () => saveBlob(chartPng(handle), `${stem}.png`))}>
        Save chart as PNG
      </button>
      <button type="button" title={`Save the chart as ${stem}.svg`} onClick={() => void attempt(`Saved ${stem}.svg`, () => saveBlob(chartSvg(handle), `${stem}.svg`))}>
        Save chart as SVG
      </button>
    </div>
  );
}
