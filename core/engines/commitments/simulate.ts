// SPEC "What-if", the hour loop: one added Savings Plan applied after the commitments already held
// (AWS applies RIs, then EC2 Instance SPs, then Compute SPs; a new plan meets what they left).
// Per hour h, with the pool's eligible on-demand E(h) and what existing commitments covered C(h):
//   capacity  = commitment ÷ rate            (on-demand the plan can pay for in an hour)
//   covered   = min(E(h) − C(h), capacity)   (on-demand equivalent it takes over)
//   used      = covered × rate;  unused = commitment − used
//   savings   = covered − commitment         (on-demand no longer paid, less the whole hour's commitment)
// Pure arithmetic on numbers, so it can be checked by hand and run for many candidates.
import type { PaymentOption, Term } from './constants.ts';
import { TERM_SECONDS } from './constants.ts';

/** Hours in an average month (8,760 ÷ 12), AWS's convention for monthly figures. */
export const HOURS_PER_MONTH = 730;
/** Partial Upfront pays half of the term's commitment at purchase (FOCUS appendix's example; AWS's usual split). */
export const PARTIAL_UPFRONT_SHARE = 0.5;

export interface HourInput {
  /** ISO hour, `YYYY-MM-DDTHH:00:00Z`. */
  hour: string;
  eligible: number;
  covered: number;
}

export interface Candidate {
  hourlyCommitment: number;
  rate: number;
  term: Term;
  payment: PaymentOption;
}

export interface MonthOutcome {
  month: string;
  hours: number;
  committed: number;
  used: number;
  utilization: number | null;
  onDemandCovered: number;
  netSavings: number;
  coverageBefore: number | null;
  coverageAfter: number | null;
}

export interface SimulationOutcome {
  hours: number;
  committed: number;
  used: number;
  unused: number;
  utilization: number | null;
  onDemandCovered: number;
  netSavings: number;
  /** netSavings ÷ committed over the window. */
  roi: number | null;
  coverageBefore: number | null;
  coverageAfter: number | null;
  upfront: number;
  recurringPerHour: number;
  /** Months until the on-demand it replaces has paid back its upfront and recurring fees; null: never. */
  breakEvenMonths: number | null;
  monthly: MonthOutcome[];
  /** Hours in which part of the commitment went unused, oldest first. */
  underused: { hour: string; unused: number }[];
}

const round = (n: number, d = 6): number => Math.round(n * 10 ** d) / 10 ** d;
const share = (a: number, b: number): number | null => (b === 0 ? null : a / b);

export function paymentSplit(c: Candidate): { upfront: number; recurringPerHour: number } {
  const termHours = TERM_SECONDS[c.term] / 3600;
  const upfrontShare = c.payment === 'AllUpfront' ? 1 : c.payment === 'PartialUpfront' ? PARTIAL_UPFRONT_SHARE : 0;
  return { upfront: c.hourlyCommitment * termHours * upfrontShare, recurringPerHour: c.hourlyCommitment * (1 - upfrontShare) };
}

/** Every hour of the window must be given, empty ones with 0: the plan is paid for them too. */
export function simulate(hours: readonly HourInput[], c: Candidate): SimulationOutcome {
  const capacity = c.hourlyCommitment / c.rate;
  const months = new Map<string, { hours: number; used: number; covered: number; eligible: number; before: number }>();
  let used = 0;
  let covered = 0;
  let eligible = 0;
  let before = 0;
  const underused: SimulationOutcome['underused'] = [];
  for (const h of hours) {
    const open = Math.max(0, h.eligible - h.covered);
    const take = Math.min(open, capacity);
    const u = take * c.rate;
    used += u;
    covered += take;
    eligible += h.eligible;
    before += h.covered;
    if (c.hourlyCommitment - u > 1e-12) underused.push({ hour: h.hour, unused: round(c.hourlyCommitment - u) });
    const key = h.hour.slice(0, 7);
    const m = months.get(key) ?? { hours: 0, used: 0, covered: 0, eligible: 0, before: 0 };
    m.hours++;
    m.used += u;
    m.covered += take;
    m.eligible += h.eligible;
    m.before += h.covered;
    months.set(key, m);
  }
  const committed = c.hourlyCommitment * hours.length;
  const { upfront, recurringPerHour } = paymentSplit(c);
  // cash: the upfront at once, then each month the recurring fee paid and the on-demand avoided
  const avoidedPerMonth = hours.length === 0 ? 0 : (covered / hours.length) * HOURS_PER_MONTH;
  const gainPerMonth = avoidedPerMonth - recurringPerHour * HOURS_PER_MONTH;
  return {
    hours: hours.length, committed: round(committed), used: round(used), unused: round(committed - used), utilization: share(used, committed),
    onDemandCovered: round(covered), netSavings: round(covered - committed), roi: share(covered - committed, committed),
    coverageBefore: share(before, eligible), coverageAfter: share(before + covered, eligible),
    upfront: round(upfront), recurringPerHour: round(recurringPerHour),
    breakEvenMonths: gainPerMonth <= 0 ? null : round(upfront / gainPerMonth, 2),
    monthly: [...months].map(([month, m]) => ({
      month, hours: m.hours, committed: round(c.hourlyCommitment * m.hours), used: round(m.used), utilization: share(m.used, c.hourlyCommitment * m.hours),
      onDemandCovered: round(m.covered), netSavings: round(m.covered - c.hourlyCommitment * m.hours),
      coverageBefore: share(m.before, m.eligible), coverageAfter: share(m.before + m.covered, m.eligible),
    })),
    underused,
  };
}
