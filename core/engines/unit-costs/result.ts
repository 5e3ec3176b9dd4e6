// The records unit economics answers with. Types only: the contract (bundled by the Electron
// preload) names them.
import type { CostBasis } from '../pivot/constants.ts';
import type { MetricGrain, UnitCostBy, UnitCostGrain } from './constants.ts';

/** One period (and one owner or service, when split) of a metric's unit cost. */
export interface UnitCostRow {
  /** YYYY-MM-DD (grain day) or YYYY-MM (grain month). */
  period: string;
  /** The owner or service; null when not split, or for the cost and volume no owner/service claims. */
  key: string | null;
  /** Cost on the basis, in the bill's currency, exact to the cent. */
  cost: number;
  /** The metric's volume over the period. */
  volume: number;
  /** cost ÷ volume, rounded to UNIT_COST_DECIMALS; null when the volume is 0 or missing (never Infinity). */
  unitCost: number | null;
  /**
   * Change of unitCost vs the previous period (day or month just before) of the same key, as a
   * fraction like the pivot's changePct (0.25 = +25%); null when either unit cost is null or the
   * previous one is 0.
   */
  changePct: number | null;
}

export interface UnitCostResult {
  metric: string;
  grain: UnitCostGrain;
  basis: CostBasis;
  by: UnitCostBy | null;
  /** The tag key read as the owner (by owner, or a metric with owners); null otherwise. */
  ownerTag: string | null;
  rows: UnitCostRow[];
  warnings: string[];
}

/** One imported business metric. */
export interface BusinessMetricSummary {
  metric: string;
  /** First and last date with a value, YYYY-MM-DD. */
  from: string;
  to: string;
  rows: number;
  /** How many distinct owners / services the metric's rows name (0: the metric is for everything). */
  owners: number;
  services: number;
  /** day: a volume per day; month: one value per month (SPEC.md, "Grain"). */
  grain: MetricGrain;
}

export interface BusinessMetricsImportResult {
  importedRows: number;
  /** The metrics the file held; each replaced any earlier import of the same metric. */
  metrics: string[];
  /** Each metric's grain, declared or detected. */
  grains: Record<string, MetricGrain>;
  warnings: string[];
}
