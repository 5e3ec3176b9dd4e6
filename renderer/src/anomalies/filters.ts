// Narrowing the detected list without detecting again: by review status, by impact, by the
// dimension the anomaly was found in. The engine's order (by impact) is kept.
import type { Anomaly } from '../../../core/api/anomaly-contract.ts';
import { scopeDimension, statusOf, type Status } from './words.ts';

export interface ListFilter {
  status: Status | 'all';
  /** Dollars; null: any impact. */
  minImpact: number | null;
  /** A scope dimension (TOTAL_DIMENSION for all spend); null: any. */
  dimension: string | null;
}

export const NO_FILTER: ListFilter = { status: 'all', minImpact: null, dimension: null };

export function filterAnomalies(list: readonly Anomaly[], f: ListFilter): Anomaly[] {
  return list.filter((a) => (f.status === 'all' || statusOf(a) === f.status) && (f.minImpact === null || a.impact >= f.minImpact) && (f.dimension === null || scopeDimension(a.scope) === f.dimension));
}

/** The dimensions the list's anomalies were found in, in order of first appearance (by impact). */
export function scopeDimensions(list: readonly Anomaly[]): string[] {
  return [...new Set(list.map((a) => scopeDimension(a.scope)))];
}

export function isFiltered(f: ListFilter): boolean {
  return f.status !== 'all' || f.minImpact !== null || f.dimension !== null;
}
