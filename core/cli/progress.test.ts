// Progress when stderr is not a terminal: a line per phase, and within a phase at most one
// every LINE_EVERY_MS (a fake clock, not real time). On a terminal: one bar redrawn in place.
import { describe, expect, it } from 'vitest';
import { LINE_EVERY_MS, progressPrinter } from './progress.ts';

function sink(isTTY: boolean) {
  const out: string[] = [];
  return { out, stream: { isTTY, columns: 80, write: (s: string) => out.push(s) } };
}

describe('progress on stderr', () => {
  it('prints plain lines per phase and every few seconds when not on a terminal', () => {
    const { out, stream } = sink(false);
    let t = 0;
    const p = progressPrinter(true, stream, () => t);
    p.onProgress({ phase: 'write', message: 'Generating the demo bill: 0 lines', fraction: 0 });
    t = 1000;
    p.onProgress({ phase: 'write', message: 'Generating the demo bill: 50,000 lines', fraction: 0.2 });
    t = 1000 + LINE_EVERY_MS;
    p.onProgress({ phase: 'write', message: 'Generating the demo bill: 125,000 lines', fraction: 0.5 });
    t += 10;
    p.onProgress({ phase: 'load', message: 'Loading a.parquet', rowsDone: 120000, fraction: 0.456 });
    p.onProgress({ phase: 'done', message: 'Loaded 273,406 rows from 3 files', rowsDone: 273406, fraction: 1 });
    p.done();
    expect(out).toEqual([
      'Generating the demo bill: 0 lines (0%)\n',
      'Generating the demo bill: 125,000 lines (50%)\n',
      'Loading a.parquet: 120,000 rows (45%)\n',
      'Loaded 273,406 rows from 3 files\n',
    ]);
  });

  it('draws one bar in place on a terminal and clears it when done', () => {
    const { out, stream } = sink(true);
    const p = progressPrinter(true, stream, () => 0);
    p.onProgress({ phase: 'load', message: 'Loading a.csv', rowsDone: 1500, fraction: 0.5 });
    p.done();
    expect(out).toEqual(['\r\x1b[2K[##############--------------]  50% 1,500 rows Loading a.csv', '\r\x1b[2K']);
  });

  it('prints nothing when disabled (--json)', () => {
    const { out, stream } = sink(false);
    const p = progressPrinter(false, stream, () => 0);
    p.onProgress({ phase: 'load', message: 'x' });
    expect(out).toEqual([]);
  });
});
