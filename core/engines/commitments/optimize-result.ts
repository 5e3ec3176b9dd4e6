// What `commitmentsOptimize` returns (SPEC "Optimize"): the savings-vs-commitment curve of one
// type and term over the same pool hours, the three recommended commitments with their risk, and
// for `mix` the recommended RIs, EC2 Instance SPs and Compute SP together. Money in the billing
// currency (6 decimals), fractions 0-1.
import type { EligibleType } from './constants.ts';
import type { OptimizeSpec } from './spec.ts';

/** One candidate commitment simulated over the window. */
export interface CurvePoint {
  /** Dollars of commitment per hour (plan rate for a Savings Plan, amortized cost for an RI). */
  hourlyCommitment: number;
  /** Net savings over the window ÷ its hours × 730: after paying for the unused part. */
  monthlySavings: number;
  /** Coverage of the pool's eligible spend with it, the commitments held included. */
  coverage: number | null;
  utilization: number | null;
}

export const OPTIMIZE_CHOICES = ['max-savings', 'target-coverage', 'conservative'] as const;
export type OptimizeChoiceKind = (typeof OPTIMIZE_CHOICES)[number];

/** Usage falls this much (percent, every hour alike) in the risk figures. */
export const USAGE_DROPS_PCT = [10, 20, 30] as const;

export interface OptimizeChoice extends CurvePoint {
  kind: OptimizeChoiceKind;
  /** Net savings ÷ commitment over the window. */
  roi: number | null;
  /** Months until the upfront is paid back; null: never. 0 without upfront when it saves. */
  breakEvenMonths: number | null;
  upfront: number;
  /** Monthly savings if eligible usage fell by each of USAGE_DROPS_PCT (the commitments held keep covering first). */
  risk: { usageDropPct: number; monthlySavings: number }[];
}

/** A pool an EC2 Instance SP or RI is bought for: region and family or instance type (SPEC step 3). */
export interface OptimizePool {
  type: EligibleType;
  region: string | null;
  instance: string | null;
  service: string | null;
}

/** One commitment of a recommended mix, in the order AWS applies them (RIs, EC2 Instance SPs, Compute SP). */
export interface MixItem extends OptimizePool {
  rate: number;
  hourlyCommitment: number;
  monthlySavings: number;
  utilization: number | null;
}

export interface OptimizeResult {
  spec: OptimizeSpec;
  /** The hours simulated: [from, to), clipped to the data. */
  from: string;
  to: string;
  hours: number;
  /** True when daily rows were spread over their hours. */
  approximate: boolean;
  /** The rate the curve is drawn at (for `mix`: the Compute SP's). */
  rate: number;
  rateSource: 'given' | 'observed' | 'table' | 'default';
  /** Which table row, commitments held or price list the rate comes from. */
  rateDetail: string;
  /** The pool the curve is for (Compute SP: one pool, region and instance null). */
  pool: OptimizePool;
  /** Ascending hourlyCommitment, 0 first, the choices' commitments included. */
  curve: CurvePoint[];
  choices: OptimizeChoice[];
  /** `mix` only. */
  mix?: MixItem[];
  /** Commitments held whose coverage was taken off the eligible hours first. */
  existingApplied: string[];
  notices: string[];
}
