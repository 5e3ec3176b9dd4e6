// Units: what each known metric must be measured in, and how a file's unit becomes the one the
// workspace keeps. Percent is 0-100; bits become bytes (÷ 8); a unit that cannot be the metric's
// (Bytes for CPUUtilization, Bytes/Second for NetworkIn, whose periods hold totals) is refused.
// Kilobytes and larger are refused too: CloudWatch does not say whether a kilobyte is 1,000 or
// 1,024 bytes, and a guess would be wrong data.
import { metricKind, MetricKind, Unit } from './constants.ts';

export type UnitDecision = { unit: string; factor: number; note?: string } | { refused: string };

const BITS: Readonly<Record<string, number>> = {
  [Unit.Bits]: 1 / 8, [Unit.Kilobits]: 1e3 / 8, [Unit.Megabits]: 1e6 / 8, [Unit.Gigabits]: 1e9 / 8,
};

/** How a (metric, unit as written) pair is kept, or why it is refused. */
export function decideUnit(metric: string, given: string | null): UnitDecision {
  const kind = metricKind(metric);
  const unit = given === null || given === Unit.None ? null : given;
  if (kind === MetricKind.Percent) {
    return unit === null || unit === Unit.Percent ? { unit: Unit.Percent, factor: 1 } : { refused: `${metric} is a percentage, but the file gives it in ${unit}` };
  }
  if (kind === MetricKind.Bytes) {
    if (unit === null || unit === Unit.Bytes) return { unit: Unit.Bytes, factor: 1 };
    const bits = BITS[unit];
    if (bits !== undefined) return { unit: Unit.Bytes, factor: bits, note: `${metric} was given in ${unit}: converted to Bytes (8 bits a byte${unit === Unit.Bits ? '' : ', decimal multiples'})` };
    if (unit.endsWith('/Second')) return { refused: `${metric} is the bytes of each period, but the file gives a rate (${unit})` };
    return { refused: `${metric} is measured in Bytes, but the file gives ${unit}${/bytes$/i.test(unit) ? ' (whether a kilobyte is 1,000 or 1,024 bytes is not said; export in Bytes)' : ''}` };
  }
  if (kind === MetricKind.Count) {
    return unit === null || unit === Unit.Count ? { unit: Unit.Count, factor: 1 } : { refused: `${metric} is a count, but the file gives it in ${unit}` };
  }
  return { unit: given ?? Unit.None, factor: 1 };
}
