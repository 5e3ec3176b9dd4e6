// What `rightsize` answers (RIGHTSIZING-SHAPE.md): recommendations by monthly savings, a summary,
// warnings about the data, and the window the metrics were read over.
import type { Action, CommitmentKind, PriceSource, Risk } from './constants.ts';

export interface Evidence {
  /** Days with CPU data in the lookback. */
  days: number;
  /** CPU at the chosen percentile of the per-period maxima, percent. */
  cpu: number | null;
  cpuMax: number | null;
  /** Memory at the chosen percentile, percent; null without the CloudWatch agent's mem_used_percent. */
  memory: number | null;
  /** NetworkIn + NetworkOut, bytes per day with data. */
  networkBytesPerDay: number | null;
  vcpu: { current: number; target: number | null };
  memoryGiB: { current: number; target: number | null };
}

export interface Price {
  source: PriceSource;
  coveredBy?: CommitmentKind;
  /** USD per hour of commitment this change leaves to other usage (or unused). */
  freedCommitmentPerHour?: number;
}

export interface Recommendation {
  resourceId: string;
  accountId: string;
  accountName?: string;
  region?: string;
  owner?: string;
  currentType: string;
  action: Action;
  recommendedType: string | null;
  needsTesting: boolean;
  monthlyCost: number;
  monthlySavings: number;
  price: Price;
  evidence: Evidence;
  risk: Risk;
}

export interface RightsizeResult {
  recommendations: Recommendation[];
  summary: { count: number; monthlySavings: number; byAction: Partial<Record<Action, { count: number; monthlySavings: number }>> };
  warnings: string[];
  /** End of the metrics read (exclusive), ISO time. */
  asOf: string;
  lookback: { from: string; to: string };
}
