// Progress of long work on stderr. On a terminal: one bar redrawn in place. Otherwise (a log,
// CI, a pipe) a bar would be a stream of carriage returns, and nothing at all is 15 silent
// seconds: a plain line whenever the phase changes, and at most every LINE_EVERY_MS within one.
import type { Progress } from '../api/progress.ts';
import { count } from './format/text.ts';

export const LINE_EVERY_MS = 5000;
const BAR_EVERY_MS = 100;
const BAR_WIDTH = 28;

export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface ProgressPrinter {
  onProgress: (p: Progress) => void;
  done: () => void;
}

/** One plain line for a log: "Loading a.csv.gz: 120,000 rows (45%)". */
export function progressLine(p: Progress): string {
  const rows = p.rowsDone !== undefined && p.phase !== 'write' && p.phase !== 'done' ? `: ${count(p.rowsDone)} rows` : '';
  const pct = p.fraction !== undefined && p.phase !== 'done' ? ` (${Math.floor(p.fraction * 100)}%)` : '';
  return `${p.message}${rows}${pct}`;
}

export function progressPrinter(enabled: boolean, stream: ProgressStream = process.stderr, now: () => number = Date.now): ProgressPrinter {
  if (!enabled) return { onProgress: () => {}, done: () => {} };
  return stream.isTTY ? barPrinter(stream, now) : linePrinter(stream, now);
}

function linePrinter(stream: ProgressStream, now: () => number): ProgressPrinter {
  let phase: string | null = null;
  let last = 0;
  return {
    onProgress(p) {
      const t = now();
      if (p.phase === phase && t - last < LINE_EVERY_MS) return;
      phase = p.phase;
      last = t;
      stream.write(`${progressLine(p)}\n`);
    },
    done() {},
  };
}

function barPrinter(stream: ProgressStream, now: () => number): ProgressPrinter {
  let last = -Infinity;
  let drawn = false;
  return {
    onProgress(p) {
      const t = now();
      if (t - last < BAR_EVERY_MS && p.phase !== 'done') return;
      last = t;
      const frac = p.fraction ?? 0;
      const filled = Math.round(frac * BAR_WIDTH);
      const bar = `[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${(frac * 100).toFixed(0).padStart(3)}%`;
      const rows = p.rowsDone !== undefined ? ` ${count(p.rowsDone)} rows` : '';
      const bytes = p.bytesDone !== undefined ? ` ${(p.bytesDone / 1e6).toFixed(1)} MB` : '';
      const line = `${bar}${rows}${bytes} ${p.message}`.slice(0, (stream.columns ?? 100) - 1);
      stream.write(`\r\x1b[2K${line}`);
      drawn = true;
    },
    done() {
      if (drawn) stream.write('\r\x1b[2K');
      drawn = false;
    },
  };
}
