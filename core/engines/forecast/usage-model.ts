// What every model of a usage-driven series gives: a point and a standard deviation for any day
// after the history, and for a sum of such days (a month's rest), so the bands and the period
// ends come out of one shape whatever the method.
import type { SeriesMethod } from './constants.ts';
import type { BandWidths } from './calibration.ts';

export interface Estimate {
  point: number;
  sd: number;
  /** How far the bands reach below and above the point in units of sd, when calibrated (otherwise the normal law's). */
  widths?: BandWidths;
}

export interface UsageModel {
  method: SeriesMethod;
  /** Index (from the series' first day) of the first day at a new level, when one was found. */
  levelShift: number | null;
  /** Every level shift in the fit window, oldest first (index from the series' first day). */
  levelShifts?: number[];
  /** Day index t ≥ n (n = the history's length). */
  day(t: number): Estimate;
  /** Σ of days from..to (inclusive), both ≥ n. */
  sum(from: number, to: number): Estimate;
}
