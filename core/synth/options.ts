// Generator options: defaults, validation, and the grain chosen for a scale.
import { parseMonth, type Grain } from './calendar.ts';
import { OUTPUT_FORMATS, type OutputFormat } from './writers/format.ts';
import { minimumLines } from './build.ts';

export interface GenerateOptions {
  /** Folder to write into (created if missing). */
  out: string;
  format?: OutputFormat;
  /** Billing months, from `start`. */
  months?: number;
  seed?: number;
  /** About how many CUR lines to write in all. */
  scale?: number;
  /** First billing month, YYYY-MM. */
  start?: string;
  /** Hourly or daily line items; by default hourly unless the scale is too small for it. */
  grain?: Grain;
  /** Lines per output part (bounds memory); AWS splits large months into parts too. */
  partRows?: number;
  /** Also write CloudWatch utilization metrics for the instances (default true). */
  metrics?: boolean;
}

export interface ResolvedOptions {
  out: string;
  format: OutputFormat;
  months: number;
  seed: number;
  scale: number;
  start: string;
  grain: Grain;
  partRows: number;
  metrics: boolean;
}

export const DEFAULTS = {
  format: 'cur2-parquet' as OutputFormat,
  months: 3,
  seed: 1,
  scale: 200_000,
  start: '2026-08',
  partRows: 2_000_000,
  metrics: true,
};

export const MAX_MONTHS = 36;

export class SynthOptionError extends Error {
  readonly code = 'SYNTH_BAD_OPTION';
}

export function resolveOptions(o: GenerateOptions): ResolvedOptions {
  const format = o.format ?? DEFAULTS.format;
  if (!OUTPUT_FORMATS.includes(format)) throw new SynthOptionError(`Unknown format "${format}": use one of ${OUTPUT_FORMATS.join(', ')}.`);
  const months = o.months ?? DEFAULTS.months;
  if (!Number.isInteger(months) || months < 1 || months > MAX_MONTHS) throw new SynthOptionError(`--months must be a whole number from 1 to ${MAX_MONTHS}, not ${months}.`);
  const seed = o.seed ?? DEFAULTS.seed;
  if (!Number.isSafeInteger(seed) || seed < 0) throw new SynthOptionError(`--seed must be a whole number ≥ 0, not ${seed}.`);
  const scale = o.scale ?? DEFAULTS.scale;
  if (!Number.isFinite(scale) || scale < 1) throw new SynthOptionError(`--scale is the number of lines to aim for (≥ 1), not ${scale}.`);
  const start = o.start ?? DEFAULTS.start;
  try {
    parseMonth(start);
  } catch (err) {
    throw new SynthOptionError(err instanceof Error ? err.message : String(err));
  }
  if (o.grain !== undefined && o.grain !== 'hourly' && o.grain !== 'daily') throw new SynthOptionError(`--grain is hourly or daily, not ${String(o.grain)}.`);
  const partRows = o.partRows ?? DEFAULTS.partRows;
  if (!Number.isInteger(partRows) || partRows < 1000) throw new SynthOptionError(`partRows must be at least 1000, not ${partRows}.`);
  // Hourly needs every resource every hour: below its minimum the bill is written daily.
  const grain = o.grain ?? (scale >= minimumLines(start, months, 'hourly') ? 'hourly' : 'daily');
  return { out: o.out, format, months, seed, scale, start, grain, partRows, metrics: o.metrics ?? DEFAULTS.metrics };
}
