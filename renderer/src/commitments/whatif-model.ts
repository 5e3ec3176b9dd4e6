// The what-if's request from the builder's fields, and the figures the result panel states beside
// the engine's: net savings in an average month (AWS's 730 hours, as the engine's SPEC uses).
import type { OptimizeSpec, WhatIfResult, WhatIfSpecInput } from '../../../core/api/commitments-contract.ts';
import type { CommitmentsWindow } from './window.ts';
import { windowDays } from './window.ts';
import { AWS_NAME, AWS_NAME_MAX, SCOPE_FIELD, type OnDemandBasis, type PaymentOption, type Term, type WhatIfType } from './words.ts';

/** Hours in an average month (8,760 ÷ 12): core/engines/commitments/simulate.ts HOURS_PER_MONTH. */
export const HOURS_PER_MONTH = 730;

export interface BuilderFields {
  type: WhatIfType;
  term: Term;
  payment: PaymentOption;
  /** As typed: dollars an hour. */
  hourly: string;
  lookbackDays: number;
  /** As typed: the plan's price as a percentage of on demand; '' = the engine's (rate table, observed, default). */
  ratePct: string;
  /** EC2 Instance SP: its family; RI: its instance type (SCOPE_FIELD); '' = the pool with the most open spend. */
  scope: string;
  /** EC2 Instance SP and RI: the region; '' = the pool with the most open spend. */
  region: string;
}

export type BuilderField = 'hourly' | 'rate' | 'scope' | 'region';
export type BuilderCheck = { ok: true; hourly: number; rate: number | undefined } | { ok: false; field: BuilderField; message: string };

/** The scope fields' problem, if any: written as AWS does, an instance type with its size. */
function checkScope(f: BuilderFields): { field: BuilderField; message: string } | null {
  const field = SCOPE_FIELD[f.type];
  if (field === null) return null;
  const scope = f.scope.trim();
  if (scope !== '' && (!AWS_NAME.test(scope) || scope.length > AWS_NAME_MAX || (field.spec === 'instanceType' && !scope.includes('.')))) {
    return { field: 'scope', message: `Write the ${field.label.toLowerCase()} as AWS does (for example ${field.example}), or leave it empty for the one with the most on-demand spend left.` };
  }
  const region = f.region.trim();
  if (region !== '' && (!AWS_NAME.test(region) || region.length > AWS_NAME_MAX)) return { field: 'region', message: 'Write the region as AWS does (for example us-east-1), or leave it empty for the one with the most on-demand spend left.' };
  return null;
}

export function checkFields(f: BuilderFields): BuilderCheck {
  const hourly = Number(f.hourly.trim());
  if (f.hourly.trim() === '' || !Number.isFinite(hourly) || hourly <= 0) return { ok: false, field: 'hourly', message: 'Enter the hourly commitment in dollars, above 0 (for example 2.50).' };
  if (hourly > 1e7) return { ok: false, field: 'hourly', message: 'The hourly commitment is at most $10,000,000.' };
  const scopeProblem = checkScope(f);
  if (scopeProblem) return { ok: false, ...scopeProblem };
  if (f.ratePct.trim() === '') return { ok: true, hourly, rate: undefined };
  const pct = Number(f.ratePct.trim().replace(/%$/, ''));
  if (!Number.isFinite(pct) || pct <= 0 || pct > 100) return { ok: false, field: 'rate', message: 'Enter the plan’s price as a percentage of on demand, above 0 and at most 100 (72 means 28% off), or leave it empty to use the rate table, the rate observed on commitments held, or the shipped default.' };
  return { ok: true, hourly, rate: pct / 100 };
}

/** The request as the schema's input: the engine fills its defaults (no `add`, no `remove`: one commitment added). */
export function whatIfSpec(f: BuilderFields, hourly: number, rate: number | undefined, w: CommitmentsWindow, basis: OnDemandBasis): WhatIfSpecInput {
  const { to } = windowDays(w);
  return {
    kind: 'commitments-whatif', version: 1, type: f.type, term: f.term, payment: f.payment, hourlyCommitment: hourly, ...scopeOf(f),
    ...(rate === undefined ? {} : { rate }), ...(to ? { to } : {}), lookbackDays: f.lookbackDays, basis,
  };
}

/** The scope fields as the what-if names them: family or instanceType, and region; only those typed. */
function scopeOf(f: BuilderFields): Pick<WhatIfSpecInput, 'family' | 'instanceType' | 'region'> {
  const field = SCOPE_FIELD[f.type];
  if (field === null) return {};
  const scope = f.scope.trim();
  const region = f.region.trim();
  return { ...(scope === '' ? {} : { [field.spec]: scope }), ...(region === '' ? {} : { region }) };
}

/** Net savings over the lookback, scaled to a 730-hour month; null over no hours. */
export function monthlySavings(r: Pick<WhatIfResult, 'netSavings' | 'hours'>): number | null {
  return r.hours > 0 ? (r.netSavings / r.hours) * HOURS_PER_MONTH : null;
}

/** The optimizer's defaults, as the engine has them (spec.ts optimizeSpecSchema). */
export const TARGET_COVERAGE = 0.8;
export const CONSERVATIVE_PERCENTILE = 10;

/** The optimizer's pool for an EC2 Instance SP or RI (its `instance` is the family or the instance type). */
function curveScope(f: BuilderFields): Pick<OptimizeSpec, 'scope'> {
  const s = scopeOf(f);
  const instance = s.family ?? s.instanceType;
  if (instance === undefined && s.region === undefined) return {};
  return { scope: { ...(instance === undefined ? {} : { instance }), ...(s.region === undefined ? {} : { region: s.region }) } };
}

/** The curve's request: the builder's type, term, payment, lookback, rate and scope (not its amount: the curve spans them all). */
export function optimizeSpec(f: BuilderFields, rate: number | undefined, w: CommitmentsWindow, basis: OnDemandBasis): OptimizeSpec {
  const { to } = windowDays(w);
  return {
    kind: 'commitments-optimize', version: 1, type: f.type, term: f.term, payment: f.payment, lookbackDays: f.lookbackDays,
    targetCoverage: TARGET_COVERAGE, conservativePercentile: CONSERVATIVE_PERCENTILE, ...(rate === undefined ? {} : { rate }), ...(to ? { to } : {}), basis,
    ...curveScope(f),
  };
}
