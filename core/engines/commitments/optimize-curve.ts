// SPEC "Optimize", on one pool's hours: the savings-vs-commitment curve and the three choices
// (max savings, target coverage, conservative), each with its risk. Pure arithmetic over the
// hours read once; every candidate goes through simulate(), the what-if's own hour loop.
//
// With o(h) the on-demand spend still open in hour h after the commitments held, a commitment
// that pays for c of on demand an hour (c = hourly commitment ÷ rate) saves
//   S(c) = Σ_h min(o(h), c) − N·rate·c,
// concave and piecewise linear, with slope #{h : o(h) > c} − N·rate: the best c is where the
// share of hours with more open spend than c falls to the rate, that is the open spend of the
// hour ranked ⌊N·rate⌋ from the top (`levelAt`).
import type { PaymentOption, Term } from './constants.ts';
import { OPTIMIZE_CHOICES, USAGE_DROPS_PCT, type CurvePoint, type OptimizeChoice, type OptimizeChoiceKind } from './optimize-result.ts';
import { HOURS_PER_MONTH, simulate, type HourInput, type SimulationOutcome } from './simulate.ts';

/** AWS sells Savings Plans in steps of $0.001 an hour; commitments are rounded to it. */
export const COMMITMENT_STEP = 0.001;
/** Candidates on the curve besides 0 and the choices (evenly spaced up to the most open hour). */
export const CURVE_STEPS = 60;

const round6 = (n: number): number => Math.round(n * 1e6) / 1e6;
/** Whole steps, with a tolerance for binary fractions (0.3 ÷ 0.001 is 299.99999999999994). */
const steps = (n: number): number => n / COMMITMENT_STEP;
export const floorStep = (n: number): number => round6(Math.floor(steps(n) + 1e-6) * COMMITMENT_STEP);
const ceilStep = (n: number): number => Math.max(0, round6(Math.ceil(steps(n) - 1e-6) * COMMITMENT_STEP)); // never −0

export interface PoolTerms {
  rate: number;
  term: Term;
  payment: PaymentOption;
}

/** On-demand spend open to a new commitment, per hour: eligible − covered by those held. */
export function openSpend(hours: readonly HourInput[]): number[] {
  return hours.map((h) => Math.max(0, h.eligible - h.covered));
}

/** The open spend of the hour ranked ⌊N·q⌋ from the top (0 when q ≥ 1): exceeded in a share q of hours at most. */
export function levelAt(open: readonly number[], q: number): number {
  const desc = [...open].sort((a, b) => b - a);
  const k = Math.floor(desc.length * q + 1e-9);
  return k >= desc.length ? 0 : desc[k]!;
}

/** Nearest-rank percentile (0-100) of the open spend: the ⌈p/100·N⌉-th smallest, the smallest at 0. */
export function percentile(open: readonly number[], p: number): number {
  if (open.length === 0) return 0;
  const asc = [...open].sort((a, b) => a - b);
  return asc[Math.max(0, Math.ceil((p / 100) * asc.length - 1e-9) - 1)]!;
}

/** The least capacity c (on demand an hour) whose coverage reaches `target`; 0 when the commitments held already do. */
export function capacityForCoverage(hours: readonly HourInput[], target: number): number {
  const open = openSpend(hours);
  const eligible = hours.reduce((s, h) => s + h.eligible, 0);
  const before = hours.reduce((s, h) => s + Math.min(h.covered, h.eligible), 0);
  const need = target * eligible - before;
  if (need <= 1e-12) return 0;
  // Σ min(o, c) is increasing and piecewise linear: find the segment, then solve on it exactly
  const asc = [...open].sort((a, b) => a - b);
  let below = 0; // Σ of the open spends under the segment
  for (let i = 0; i < asc.length; i++) {
    const atNext = below + asc[i]! * (asc.length - i);
    if (atNext >= need - 1e-12) return (need - below) / (asc.length - i);
    below += asc[i]!;
  }
  return asc.at(-1) ?? 0;
}

const monthly = (o: SimulationOutcome): number => (o.hours === 0 ? 0 : round6((o.netSavings / o.hours) * HOURS_PER_MONTH));

function point(hourlyCommitment: number, o: SimulationOutcome): CurvePoint {
  return { hourlyCommitment, monthlySavings: monthly(o), coverage: o.coverageAfter, utilization: o.utilization };
}

/** The same hours with usage `pct` percent lower; the commitments held keep covering first. */
export function usageDrop(hours: readonly HourInput[], pct: number): HourInput[] {
  return hours.map((h) => {
    const eligible = h.eligible * (1 - pct / 100);
    return { hour: h.hour, eligible, covered: Math.min(h.covered, eligible) };
  });
}

export function choice(kind: OptimizeChoiceKind, hours: readonly HourInput[], hourlyCommitment: number, t: PoolTerms): OptimizeChoice {
  const c = { hourlyCommitment, ...t };
  const o = simulate(hours, c);
  return {
    kind, ...point(hourlyCommitment, o), roi: o.roi, breakEvenMonths: hourlyCommitment === 0 ? null : o.breakEvenMonths, upfront: o.upfront,
    risk: USAGE_DROPS_PCT.map((usageDropPct) => ({ usageDropPct, monthlySavings: monthly(simulate(usageDrop(hours, usageDropPct), c)) })),
  };
}

export interface CurveOptions extends PoolTerms {
  targetCoverage: number;
  conservativePercentile: number;
}

/** The three choices' hourly commitments, in OPTIMIZE_CHOICES order. */
export function choiceCommitments(hours: readonly HourInput[], o: CurveOptions): Record<OptimizeChoiceKind, number> {
  const open = openSpend(hours);
  return {
    'max-savings': floorStep(levelAt(open, o.rate) * o.rate),
    'target-coverage': ceilStep(capacityForCoverage(hours, o.targetCoverage) * o.rate),
    conservative: floorStep(percentile(open, o.conservativePercentile) * o.rate),
  };
}

export interface OptimizedPool {
  curve: CurvePoint[];
  choices: OptimizeChoice[];
}

/** The curve (0, CURVE_STEPS even steps up to the most open hour, and the choices) and the choices. */
export function optimizePool(hours: readonly HourInput[], o: CurveOptions): OptimizedPool {
  const terms: PoolTerms = { rate: o.rate, term: o.term, payment: o.payment };
  const picked = choiceCommitments(hours, o);
  const top = ceilStep(Math.max(0, ...openSpend(hours)) * o.rate);
  const amounts = new Set<number>([0, ...Object.values(picked)]);
  for (let i = 1; i <= CURVE_STEPS && top > 0; i++) amounts.add(round6(Math.round((top * i) / CURVE_STEPS / COMMITMENT_STEP) * COMMITMENT_STEP));
  const curve = [...amounts].sort((a, b) => a - b).map((a) => point(a, simulate(hours, { hourlyCommitment: a, ...terms })));
  return { curve, choices: OPTIMIZE_CHOICES.map((kind) => choice(kind, hours, picked[kind], terms)) };
}
