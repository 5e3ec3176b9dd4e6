// The main loop: for every step of every month, each live item's quantity, commitments applied,
// and the lines that result; then the month-end lines. Lines go to `emit` in a fixed order, so
// the same seed always yields the same lines.
import type { Commitment, Item } from './model.ts';
import { KIND, newLine, type Line } from './lines.ts';
import { HOUR, stepSeconds, type Grain, type Month, type Periods } from './calendar.ts';
import { allocate, type Allocation, type Plan } from './cover.ts';
import { baseAmount, spikeFactor, type UsageContext } from './usage.ts';
import type { TruthAccumulator } from './truth.ts';
import { monthEnd, type MonthEndItems } from './month-end.ts';

export interface Simulation {
  items: readonly Item[];
  commitments: readonly Commitment[];
  plans: readonly Plan[];
  months: readonly Month[];
  grain: Grain;
  seedKey: number;
  periods: Periods;
  truth: TruthAccumulator;
  monthEndItems: MonthEndItems;
  rangeStart: number;
}

export type Emit = (line: Line) => void;

export interface Hooks {
  /** After each step: a chance to write a part when enough lines have gathered. */
  afterStep(): Promise<void>;
  /** After the month's last line. */
  afterMonth(month: Month): Promise<void>;
}

export async function simulate(sim: Simulation, emit: Emit, hooks: Hooks): Promise<void> {
  const { items, commitments, plans, truth, periods } = sim;
  const stepSec = stepSeconds(sim.grain);
  const stepHours = stepSec / HOUR;
  const usageItems = items.filter((i) => i.profile.kind !== 'none');
  const rate = Float64Array.from(items.map((i) => i.rateMu / 10 ** i.amountScale));
  const remaining = new Float64Array(items.length);
  const active = new Int32Array(items.length);
  const allocations: Allocation[] = [];
  const planUsed = new Float64Array(commitments.length);
  const ctx: UsageContext = { seedKey: sim.seedKey, rangeStart: sim.rangeStart, stepSec, monthHours: 0 };

  for (const month of sim.months) {
    ctx.monthHours = month.hours;
    const riUsed = new Float64Array(commitments.length);
    for (let t = month.start; t < month.end; t += stepSec) {
      const per = periods.id(t, t + stepSec);
      const line = (kind: number, item: number): Line => newLine(kind, item, per, month.index);
      const push = (l: Line): void => {
        truth.push(l, t);
        emit(l);
      };

      let n = 0;
      for (const item of usageItems) {
        if (t < item.start || t >= item.end) continue;
        const base = baseAmount(item, t, ctx);
        if (base <= 0) continue;
        const factor = spikeFactor(item, t);
        if (factor !== 1 && item.spike) truth.addAnomaly(item.spike.anomalyId, t, (factor - 1) * base * (rate[item.index] as number));
        remaining[item.index] = base * factor;
        active[n++] = item.index;
      }

      allocations.length = 0;
      planUsed.fill(0);
      allocate(plans, remaining, (p) => (t >= p.c.start && t < p.c.end ? (p.c.kind === 'ReservedInstance' ? p.c.count * stepHours * 1000 : p.c.hourlyCommitmentMu * stepHours) : 0), allocations);
      for (const a of allocations) {
        const c = a.plan.c;
        const odCost = (rate[a.item] as number) * a.amount;
        if (c.kind === 'ReservedInstance') {
          const l = line(KIND.DiscountedUsage, a.item);
          l.cmt = c.index;
          l.amount = a.amount;
          l.m2 = (c.amortizedHourlyMu / 1000) * a.amount;
          l.m3 = (c.recurringHourlyMu / 1000) * a.amount;
          l.m1 = l.effective = l.m2 + l.m3;
          l.list = odCost;
          riUsed[c.index] = (riUsed[c.index] as number) + a.amount;
          push(l);
        } else {
          const covered = line(KIND.SavingsPlanCoveredUsage, a.item);
          covered.cmt = c.index;
          covered.amount = a.amount;
          covered.unblended = odCost;
          covered.m1 = covered.effective = a.planCost;
          covered.list = odCost;
          push(covered);
          const negation = line(KIND.SavingsPlanNegation, a.item);
          negation.cmt = c.index;
          negation.amount = a.amount;
          negation.unblended = -odCost;
          push(negation);
          planUsed[c.index] = (planUsed[c.index] as number) + a.planCost;
        }
      }

      for (let j = 0; j < n; j++) {
        const i = active[j] as number;
        const a = remaining[i] as number;
        remaining[i] = 0;
        if (a <= 0) continue;
        const l = line(KIND.Usage, i);
        l.amount = a;
        l.unblended = l.effective = l.list = (rate[i] as number) * a;
        push(l);
      }

      for (const c of commitments) {
        if (t === c.start && c.upfrontMu > 0) push(upfrontLine(line, c));
        if (c.kind === 'ReservedInstance' || t < c.start || t >= c.end) continue;
        const used = planUsed[c.index] as number;
        const total = c.hourlyCommitmentMu * stepHours;
        const l = line(KIND.SavingsPlanRecurringFee, c.feeItem.index);
        l.cmt = c.index;
        l.amount = stepHours * 1000;
        l.unblended = c.recurringHourlyMu * stepHours;
        l.m1 = total;
        l.m2 = used;
        l.m3 = c.amortizedHourlyMu * stepHours;
        l.m4 = l.unblended;
        l.effective = total - used;
        truth.addCommitment(c.index, month.index, total, used);
        push(l);
      }
      await hooks.afterStep();
    }
    monthEnd({ sim, month, riUsed, push: (l, t) => { truth.push(l, t); emit(l); } });
    await hooks.afterMonth(month);
  }
}

/** The one-time purchase line: a Savings Plan's upfront fee, or an RI's upfront Fee (with its ARN). */
function upfrontLine(line: (kind: number, item: number) => Line, c: Commitment): Line {
  const l = line(c.kind === 'ReservedInstance' ? KIND.Fee : KIND.SavingsPlanUpfrontFee, c.feeItem.index);
  l.cmt = c.index;
  l.amount = 1000;
  l.unblended = c.upfrontMu;
  return l;
}
