// The what-if's request from the builder's fields, and the figures the result panel states beside
// the engine's: net savings in an average month (AWS's 730 hours, as the engine's SPEC uses).
import type { OptimizeSpec, WhatIfResult, WhatIfSpecInput } from '../../../core/api/commitments-contract.ts';
import type { CommitmentsWindow } from './window.ts';
import { windowDays } from './window.ts';
import type { OnDemandBasis, PaymentOption, Term, WhatIfType } from './words.ts';

/** Hours in an average month (8,760 ÷ 12): core/engines/commitments/simulate.ts HOURS_PER_MONTH. */
export const HOURS_PER_MONTH = 730;

export interface BuilderFields {
  type: WhatIfType;
  term: Term;
  payment: PaymentOption;
  /** As typed: dollars an hour. */
  hourly: string;
  lookbackDays: number;
  /** As typed: the plan's price as a percentage of on demand; '' = use the observed rate. */
  ratePct: string;
}

export type BuilderCheck = { ok: true; hourly: number; rate: number | undefined } | { ok: false; field: 'hourly' | 'rate'; message: string };

export function checkFields(f: BuilderFields): BuilderCheck {
  const hourly = Number(f.hourly.trim());
  if (f.hourly.trim() === '' || !Number.isFinite(hourly) || hourly <= 0) return { ok: false, field: 'hourly', message: 'Enter the hourly commitment in dollars, above 0 (for example 2.50).' };
  if (hourly > 1e7) return { ok: false, field: 'hourly', message: 'The hourly commitment is at most $10,000,000.' };
  if (f.ratePct.trim() === '') return { ok: true, hourly, rate: undefined };
  const pct = Number(f.ratePct.trim().replace(/%$/, ''));
  if (!Number.isFinite(pct) || pct <= 0 || pct > 100) return { ok: false, field: 'rate', message: 'Enter the plan’s price as a percentage of on demand, above 0 and at most 100 (72 means 28% off), or leave it empty to use the observed rate.' };
  return { ok: true, hourly, rate: pct / 100 };
}

/** The request as the schema's input: the engine fills its defaults (no `add`, no `remove`: one commitment added). */
export function whatIfSpec(f: BuilderFields, hourly: number, rate: number | undefined, w: CommitmentsWindow, basis: OnDemandBasis): WhatIfSpecInput {
  const { to } = windowDays(w);
  return {
    kind: 'commitments-whatif', version: 1, type: f.type, term: f.term, payment: f.payment, hourlyCommitment: hourly,
    ...(rate === undefined ? {} : { rate }), ...(to ? { to } : {}), lookbackDays: f.lookbackDays, basis,
  };
}

/** Net savings over the lookback, scaled to a 730-hour month; null over no hours. */
export function monthlySavings(r: Pick<WhatIfResult, 'netSavings' | 'hours'>): number | null {
  return r.hours > 0 ? (r.netSavings / r.hours) * HOURS_PER_MONTH : null;
}

/** The optimizer's defaults, as the engine has them (spec.ts optimizeSpecSchema). */
export const TARGET_COVERAGE = 0.8;
export const CONSERVATIVE_PERCENTILE = 10;

/** The curve's request: the builder's type, term, payment, lookback and rate (not its amount: the curve spans them all). */
export function optimizeSpec(f: BuilderFields, rate: number | undefined, w: CommitmentsWindow, basis: OnDemandBasis): OptimizeSpec {
  const { to } = windowDays(w);
  return {
    kind: 'commitments-optimize', version: 1, type: f.type, term: f.term, payment: f.payment, lookbackDays: f.lookbackDays,
    targetCoverage: TARGET_COVERAGE, conservativePercentile: CONSERVATIVE_PERCENTILE, ...(rate === undefined ? {} : { rate }), ...(to ? { to } : {}), basis,
  };
}
