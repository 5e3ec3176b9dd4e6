// The commitments engine's entries: `run` (status: inventory, utilization, savings, coverage,
// expiries) and `runEligible` (eligible spend per hour). Steps in SPEC.md, one file each.
import { sql } from '../../sql/index.ts';
import type { Db } from '../../store/db.ts';
import { commitmentAttributes } from './attributes.ts';
import { EXPIRY_WINDOWS } from './constants.ts';
import { coverage } from './coverage.ts';
import { eligibleSpend } from './eligible.ts';
import { badCommitmentsSpec } from './errors.ts';
import { commitmentFacts, commitmentFigures, readFigures, type CommitmentRowFacts } from './inventory.ts';
import type { CommitmentStatus, CommitmentsStatusResult, EligibleSpendResult, Expiring } from './result.ts';
import { commitmentsStatusSpecSchema, eligibleSpendSpecSchema, optimizeSpecSchema, whatIfSpecSchema, type CommitmentsStatusSpec, type EligibleSpendSpec, type OptimizeSpec, type WhatIfSpec } from './spec.ts';
import { runOptimizeSpec } from './optimize.ts';
import type { OptimizeResult } from './optimize-result.ts';
import { runWhatIfSpec, type WhatIfResult } from './whatif.ts';
import { inWindow } from './window.ts';

const DAY_MS = 86_400_000;

function parse<T>(schema: { safeParse: (v: unknown) => { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } } }, input: unknown): T {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => `${i.path.length ? i.path.map(String).join('.') + ': ' : ''}${i.message}`);
  throw badCommitmentsSpec(`Invalid commitments request: ${issues.join('; ')}. Fix the field named and try again.`, { issues });
}

function checkWindow(spec: { from?: string | undefined; to?: string | undefined }): void {
  if (spec.from !== undefined && spec.to !== undefined && spec.from >= spec.to) {
    throw badCommitmentsSpec(`The window is empty: from ${spec.from} is not before to ${spec.to} (to is not included). Give a later to or an earlier from.`, { from: spec.from, to: spec.to });
  }
}

export function parseCommitmentsStatusSpec(input: unknown): CommitmentsStatusSpec {
  const spec = parse<CommitmentsStatusSpec>(commitmentsStatusSpecSchema, input);
  checkWindow(spec);
  return spec;
}

export function parseEligibleSpendSpec(input: unknown): EligibleSpendSpec {
  const spec = parse<EligibleSpendSpec>(eligibleSpendSpecSchema, input);
  checkWindow(spec);
  return spec;
}

const round6 = (n: number): number => Math.round(n * 1e6) / 1e6;

function status(f: CommitmentRowFacts, figures: ReturnType<typeof readFigures>, periods: CommitmentStatus['periods'], asOfMs: number | null): CommitmentStatus {
  const a = commitmentAttributes(f);
  const perHour = f.activeHours !== null && f.activeHours > 0 ? round6(figures.committed / f.activeHours) : null;
  // CUR's RIFee counts reserved hours; other providers' purchase rows count what they bought (1 reservation), not hours
  const units = a.type === 'ReservedInstance'
    ? (f.reservedHours !== null && f.activeHours ? round6(f.reservedHours / f.activeHours) : null)
    : null;
  const endMs = a.end === null ? null : Date.parse(a.end);
  // a plan of spend (AWS Compute/SageMaker SP, another provider's savings plan) applies across regions:
  // its region is only what its purchase says, never where its usage happened to run
  const spendPlan = a.type === 'ComputeSavingsPlan' || a.type === 'SageMakerSavingsPlan' || a.type === 'SavingsPlan';
  const region = a.type === 'ComputeSavingsPlan' || a.type === 'SageMakerSavingsPlan' ? null : spendPlan ? f.feeRegion : (f.feeRegion ?? f.usedRegion);
  return {
    id: f.id, provider: f.provider, type: a.type, focusType: f.focusType, category: f.category, name: f.name,
    term: a.term, paymentOption: a.paymentOption, offeringClass: a.offeringClass, start: a.start, end: a.end,
    firstSeen: f.firstSeen, lastSeen: f.lastSeen, activeHours: f.activeHours, commitmentPerHour: perHour, units,
    scope: {
      region, instanceFamily: a.instanceFamily, instanceType: a.instanceType,
      sizeFlexible: a.sizeFlexible, service: a.type === 'ReservedInstance' || a.type === 'Reservation' || a.type === 'CommittedUseDiscount' ? f.service : null,
    },
    daysToExpiry: endMs === null || asOfMs === null || Number.isNaN(endMs) ? null : Math.floor((endMs - asOfMs) / DAY_MS),
    ...figures, periods,
  };
}

function expiring(commitments: CommitmentStatus[]): Expiring[] {
  return EXPIRY_WINDOWS.map((withinDays) => {
    const list = commitments.filter((c) => c.daysToExpiry !== null && c.daysToExpiry >= 0 && c.daysToExpiry < withinDays);
    return { withinDays, ids: list.map((c) => c.id), commitmentPerHour: round6(list.reduce((s, c) => s + (c.commitmentPerHour ?? 0), 0)) };
  });
}

/** The moment expiries count from (the spec's day, else the end of the last charge period) and the currency: one scan. */
async function asOfAndCurrency(db: Db, spec: CommitmentsStatusSpec): Promise<{ asOf: string | null; currency: string | null }> {
  const r = await db.one(sql`SELECT strftime(max(ChargePeriodEnd), '%Y-%m-%dT%H:%M:%SZ') AS last_end, min(BillingCurrency) AS currency FROM focus WHERE ${inWindow(spec)}`);
  const lastEnd = r?.last_end === null || r?.last_end === undefined ? null : String(r.last_end);
  return { asOf: spec.asOf !== undefined ? `${spec.asOf}T00:00:00Z` : lastEnd, currency: r?.currency === null || r?.currency === undefined ? null : String(r.currency) };
}

export async function run(db: Db, input: unknown): Promise<CommitmentsStatusResult> {
  const spec = parseCommitmentsStatusSpec(input);
  // four statements (SPEC "Cost"); the figure rows are grouped by id once, not filtered per commitment
  const { asOf, currency } = await asOfAndCurrency(db, spec);
  const asOfMs = asOf === null ? null : Date.parse(asOf);
  const facts = await commitmentFacts(db, spec);
  const figureRows = await commitmentFigures(db, spec, spec.basis, true);
  const byId = new Map<string, typeof figureRows>();
  for (const r of figureRows) {
    if (r.id === null) continue;
    const list = byId.get(String(r.id));
    if (list) list.push(r);
    else byId.set(String(r.id), [r]);
  }
  const commitments = facts.map((f) => {
    const mine = byId.get(f.id) ?? [];
    const whole = mine.find((r) => r.period === null);
    const periods = mine.filter((r) => r.period !== null).map((r) => ({ period: String(r.period), ...readFigures(r) }));
    return status(f, readFigures(whole ?? {}), periods, asOfMs);
  });
  // no commitment rows at all: an empty grouping may still give its row, or none
  const totals = readFigures(figureRows.find((r) => r.id === null) ?? { committed: 0, used: 0, unused: 0, utilization: null, od: 0, net: 0 });
  const cov = await coverage(db, spec, spec.basis);
  const notices: string[] = [];
  const unknown = commitments.filter((c) => c.committed === 0);
  if (unknown.length > 0) {
    notices.push(`${unknown.length} commitment${unknown.length === 1 ? ' has' : 's have'} no commitment cost in the data (no effective cost on ${unknown.length === 1 ? 'its' : 'their'} used or unused rows), so ${unknown.length === 1 ? 'its' : 'their'} utilization is unknown: ${unknown.map((c) => c.id).join(', ')}.`);
  }
  return {
    spec, basis: spec.basis, currency, asOf, commitments,
    utilization: totals.utilization, coverage: cov.overall.coverage,
    totals: { ...totals, ...cov.overall }, coverageByType: cov.byType, coverageByPeriod: cov.byPeriod,
    expiring: expiring(commitments), notices,
  };
}

export async function runEligible(db: Db, input: unknown): Promise<EligibleSpendResult> {
  return eligibleSpend(db, parseEligibleSpendSpec(input));
}

export function parseWhatIfSpec(input: unknown): WhatIfSpec {
  const spec = parse<WhatIfSpec>(whatIfSpecSchema, input);
  checkWindow(spec);
  return spec;
}

/** One added commitment simulated hour by hour over a lookback (SPEC "What-if"). */
export async function runWhatIf(db: Db, input: unknown): Promise<WhatIfResult> {
  return runWhatIfSpec(db, parseWhatIfSpec(input));
}

export function parseOptimizeSpec(input: unknown): OptimizeSpec {
  const spec = parse<OptimizeSpec>(optimizeSpecSchema, input);
  checkWindow(spec);
  return spec;
}

/** The savings-vs-commitment curve and the recommended commitments with their risk (SPEC "Optimize"). */
export async function runOptimize(db: Db, input: unknown): Promise<OptimizeResult> {
  return runOptimizeSpec(db, parseOptimizeSpec(input));
}
