// SPEC "What-if", many commitments at once: commitments added and held ones removed (or let
// expire), simulated hour by hour on the cells of eligible usage (pool-matrix.ts). What the bill
// shows stays true: each held commitment keeps the usage it covered. What a removal frees is
// offered again in AWS's order, RIs, then EC2 Instance SPs, then Compute SPs; within each tier
// the held commitments first (only their unused part, already paid for, takes freed usage), then
// the added ones, which also meet the usage the bill left on demand. An SP spends its hourly
// commitment on its cells from the highest discount (lowest rate) down.
// Pure arithmetic on arrays, so it can be checked by hand and run for many candidates.
import type { CommitmentType, EligibleType, PaymentOption, Term } from './constants.ts';
import { HOURS_PER_MONTH, paymentSplit, type MonthOutcome, type SimulationOutcome } from './simulate.ts';

export type CellKind = 'ec2' | 'fargate' | 'lambda' | 'db';

/** The finest grain the pools are made of: each pool of eligible.ts is a union of cells. */
export interface Cell {
  kind: CellKind;
  region: string | null;
  instanceType: string | null;
  family: string | null;
  service: string | null;
  /** EC2 Linux on shared tenancy: a regional RI of the family covers it whatever its size. */
  sizeFlexible: boolean;
  /** On-demand equivalent per hour of the window. */
  eligible: Float64Array;
}

export interface Scope {
  region: string | null;
  /** EC2 Instance SP: the family. */
  family: string | null;
  /** RI: the instance type it reserves (size-flexible RIs cover its whole family). */
  instanceType: string | null;
  sizeFlexible: boolean;
}

export interface HeldCommitment {
  id: string;
  type: CommitmentType;
  scope: Scope;
  /** Its price as a fraction of on demand, as observed on its own rows (used ÷ on-demand equivalent). */
  rate: number;
  /** Per hour: the commitment paid (Used + Unused effective cost) and the part unused. */
  committed: Float64Array;
  unused: Float64Array;
  /** Per cell index: the on-demand equivalent it covered each hour, as billed. */
  billed: Map<number, Float64Array>;
  end: string | null;
}

export interface PoolMatrix {
  /** Every hour of the window, ISO, oldest first. */
  hours: string[];
  cells: Cell[];
  held: HeldCommitment[];
}

export interface Addition {
  id: string;
  type: EligibleType;
  scope: Scope;
  hourlyCommitment: number;
  rate: number;
  term: Term;
  payment: PaymentOption;
  /** Index of the first hour it is active (its start); 0 when it starts before the window. */
  startIndex: number;
}

/** One added commitment's figures: simulate()'s, without the window-wide ones (ROI, coverage, months, under-used hours). */
export interface CommitmentOutcome
  extends Pick<SimulationOutcome, 'hours' | 'committed' | 'used' | 'unused' | 'utilization' | 'onDemandCovered' | 'netSavings' | 'upfront' | 'recurringPerHour' | 'breakEvenMonths'> {
  id: string;
  type: EligibleType;
}

/** A month of a scenario, as simulate()'s; its net savings: added commitments' savings + what held ones took over − the savings the removed ones had. */
export type ScenarioMonth = MonthOutcome;

export interface RemovedOutcome {
  id: string;
  type: CommitmentType;
  committed: number;
  onDemandCovered: number;
  /** The savings it produced in the window, lost without it. */
  netSavings: number;
}

/** simulate()'s figures over the added commitments, with the removals' effect in net savings, ROI and coverage. */
export interface ScenarioOutcome extends SimulationOutcome {
  added: CommitmentOutcome[];
  removed: RemovedOutcome[];
  /** On-demand equivalent the held commitments' unused part took over from removed ones. */
  absorbed: number;
}

const TIERS: readonly EligibleType[] = ['ReservedInstance', 'EC2InstanceSavingsPlan', 'ComputeSavingsPlan'];
const EPS = 1e-12;
/** Rounded money; never -0 (JSON and tests would show it). */
const round = (n: number, d = 6): number => Math.round(n * 10 ** d) / 10 ** d + 0;
const share = (a: number, b: number): number | null => (b === 0 ? null : a / b);

/** Whether a commitment of this type and scope may cover the cell's usage (SPEC step 3's pools). */
export function covers(type: CommitmentType, scope: Scope, cell: Cell): boolean {
  const region = scope.region === null || scope.region === cell.region;
  if (type === 'ComputeSavingsPlan') return cell.kind !== 'db';
  if (type === 'EC2InstanceSavingsPlan') return cell.kind === 'ec2' && region && (scope.family === null || scope.family === cell.family);
  if (type === 'ReservedInstance') {
    if (!region || (cell.kind !== 'ec2' && cell.kind !== 'db')) return false;
    if (scope.instanceType === null) return true;
    if (scope.sizeFlexible && cell.sizeFlexible) return cell.family !== null && scope.instanceType.slice(0, scope.instanceType.lastIndexOf('.')) === cell.family;
    return cell.instanceType === scope.instanceType;
  }
  return false;
}

interface Month { hours: number; committed: number; used: number; covered: number; net: number; eligible: number; before: number; after: number }

/** What every scenario on a matrix shares, computed once (an optimizer runs many on one matrix). */
interface Shared {
  /** Per cell: Σ billed by every held commitment, per hour. */
  billedAll: Float64Array[];
  /** Per hour: the index of its month in `months`. */
  monthOf: Int32Array;
  months: string[];
}
const SHARED = new WeakMap<PoolMatrix, Shared>();

function shared(m: PoolMatrix): Shared {
  const known = SHARED.get(m);
  if (known) return known;
  const n = m.hours.length;
  const billedAll = m.cells.map(() => new Float64Array(n));
  for (const h of m.held) for (const [i, series] of h.billed) for (let t = 0; t < n; t++) billedAll[i]![t]! += series[t]!;
  const months: string[] = [];
  const monthOf = new Int32Array(n);
  for (let t = 0; t < n; t++) {
    const key = m.hours[t]!.slice(0, 7);
    if (months[months.length - 1] !== key) months.push(key);
    monthOf[t] = months.length - 1;
  }
  const out = { billedAll, monthOf, months };
  SHARED.set(m, out);
  return out;
}

const tierOf = (type: CommitmentType): number => { const i = TIERS.indexOf(type as EligibleType); return i < 0 ? TIERS.length : i; };

/** Runs the scenario over every hour of the matrix. `remove` are ids of held commitments. */
export function simulateScenario(m: PoolMatrix, add: readonly Addition[], remove: ReadonlySet<string>): ScenarioOutcome {
  const n = m.hours.length;
  const cellCount = m.cells.length;
  const { billedAll, monthOf, months: monthNames } = shared(m);
  const removed = m.held.filter((h) => remove.has(h.id));
  const kept = m.held.filter((h) => !remove.has(h.id));
  const cellsOf = (type: CommitmentType, scope: Scope): number[] => m.cells.flatMap((c, i) => (covers(type, scope, c) ? [i] : []));
  // the cells whose coverage the scenario changes: every cell an added or removed commitment reaches
  const addCells = add.map((a) => cellsOf(a.type, a.scope));
  const mark = new Uint8Array(cellCount);
  for (const list of addCells) for (const i of list) mark[i] = 1;
  for (const h of removed) for (const i of h.billed.keys()) mark[i] = 1;
  const scopeCells = [...mark.keys()].filter((i) => mark[i] === 1);
  const addUnion = [...new Set(addCells.flat())];
  const removedBilled = removed.flatMap((h) => [...h.billed].map(([i, series]) => ({ i, series })));
  // kept commitments that may take freed usage (only when something is removed), and the added ones, in AWS's order
  const takers = removed.length === 0 ? [] : kept.map((h) => ({ h, cells: cellsOf(h.type, h.scope), tier: tierOf(h.type) }))
    .filter((k) => k.tier < TIERS.length && Number.isFinite(k.h.rate)).sort((a, b) => a.tier - b.tier || a.h.rate - b.h.rate);
  const adders = add.map((c, j) => ({ c, j, cells: addCells[j]!, tier: tierOf(c.type) })).sort((a, b) => a.tier - b.tier || a.c.rate - b.c.rate);
  const eligibleOf = m.cells.map((c) => c.eligible);

  const free = new Float64Array(cellCount);
  const freed = new Float64Array(cellCount);
  const used = new Float64Array(add.length);
  const covered = new Float64Array(add.length);
  const active = new Float64Array(add.length);
  const underused: ScenarioOutcome['underused'] = [];
  const months: Month[] = monthNames.map(() => ({ hours: 0, committed: 0, used: 0, covered: 0, net: 0, eligible: 0, before: 0, after: 0 }));
  let absorbed = 0;
  let eligibleIn = 0;
  let before = 0;
  let after = 0;
  for (let t = 0; t < n; t++) {
    let hourEligible = 0;
    let hourBefore = 0;
    for (const i of scopeCells) {
      const e = eligibleOf[i]![t]!;
      hourEligible += e;
      hourBefore += Math.min(e, billedAll[i]![t]!);
    }
    // what the bill left on demand in the cells added commitments reach, and what removals free
    for (const i of addUnion) free[i] = Math.max(0, eligibleOf[i]![t]! - billedAll[i]![t]!);
    for (const { i } of removedBilled) freed[i] = 0;
    let hourAfter = hourBefore;
    let lost = 0;
    for (const { i, series } of removedBilled) {
      freed[i]! += series[t]!;
      hourAfter -= series[t]!;
      lost += series[t]!;
    }
    for (const h of removed) lost -= h.committed[t]!;
    let hourCommitted = 0;
    let hourUsed = 0;
    let hourCovered = 0;
    let hourAbsorbed = 0;
    let hourUnused = 0;
    let k = 0;
    let a = 0;
    // tier by tier: kept commitments' unused part on freed usage, then the added ones on all that is open
    for (let tier = 0; tier < TIERS.length; tier++) {
      for (; k < takers.length && takers[k]!.tier === tier; k++) {
        const { h, cells } = takers[k]!;
        let budget = h.unused[t]!;
        if (budget <= EPS) continue;
        for (const i of cells) {
          if (freed[i]! <= EPS) continue;
          const take = Math.min(freed[i]!, budget / h.rate);
          freed[i]! -= take;
          budget -= take * h.rate;
          hourAbsorbed += take;
          if (budget <= EPS) break;
        }
      }
      for (; a < adders.length && adders[a]!.tier === tier; a++) {
        const { c, j, cells } = adders[a]!;
        if (t < c.startIndex) continue;
        active[j]!++;
        let budget = c.hourlyCommitment;
        for (const i of cells) {
          const open = freed[i]! + free[i]!;
          if (open <= EPS) continue;
          const take = Math.min(open, budget / c.rate);
          const fromFreed = Math.min(freed[i]!, take);
          freed[i]! -= fromFreed;
          free[i]! -= take - fromFreed;
          budget -= take * c.rate;
          covered[j]! += take;
          hourCovered += take;
          if (budget <= EPS) break;
        }
        const u = c.hourlyCommitment - Math.max(0, budget);
        used[j]! += u;
        hourUsed += u;
        hourCommitted += c.hourlyCommitment;
        hourUnused += c.hourlyCommitment - u;
      }
    }
    hourAfter += hourAbsorbed + hourCovered;
    absorbed += hourAbsorbed;
    eligibleIn += hourEligible;
    before += hourBefore;
    after += hourAfter;
    if (hourUnused > EPS) underused.push({ hour: m.hours[t]!, unused: round(hourUnused) });
    const mo = months[monthOf[t]!]!;
    mo.hours++;
    mo.committed += hourCommitted;
    mo.used += hourUsed;
    mo.covered += hourCovered;
    mo.net += hourCovered - hourCommitted + hourAbsorbed - lost;
    mo.eligible += hourEligible;
    mo.before += hourBefore;
    mo.after += hourAfter;
  }

  const addedOut: CommitmentOutcome[] = add.map((c, j) => {
    const committed = c.hourlyCommitment * active[j]!;
    const { upfront, recurringPerHour } = paymentSplit(c);
    return {
      id: c.id, type: c.type, hours: active[j]!, committed: round(committed), used: round(used[j]!), unused: round(committed - used[j]!),
      utilization: share(used[j]!, committed), onDemandCovered: round(covered[j]!), netSavings: round(covered[j]! - committed),
      upfront: round(upfront), recurringPerHour: round(recurringPerHour),
      breakEvenMonths: breakEven(upfront, recurringPerHour, active[j]! === 0 ? 0 : covered[j]! / active[j]!),
    };
  });
  const removedOut: RemovedOutcome[] = removed.map((h) => {
    let committed = 0;
    let od = 0;
    for (let t = 0; t < n; t++) {
      committed += h.committed[t]!;
      od += billedSum(h, t);
    }
    return { id: h.id, type: h.type, committed: round(committed), onDemandCovered: round(od), netSavings: round(od - committed) };
  });
  const committed = addedOut.reduce((s, o) => s + o.committed, 0);
  const usedAll = used.reduce((s, v) => s + v, 0);
  const coveredAll = covered.reduce((s, v) => s + v, 0);
  const lostAll = removedOut.reduce((s, o) => s + o.netSavings, 0);
  const upfront = addedOut.reduce((s, o) => s + o.upfront, 0);
  const recurring = addedOut.reduce((s, o) => s + o.recurringPerHour, 0);
  const net = coveredAll - committed + absorbed - lostAll;
  return {
    hours: n, added: addedOut, removed: removedOut, absorbed: round(absorbed),
    committed: round(committed), used: round(usedAll), unused: round(committed - usedAll), utilization: share(usedAll, committed),
    onDemandCovered: round(coveredAll), netSavings: round(net), roi: share(net, committed),
    coverageBefore: share(before, eligibleIn), coverageAfter: share(after, eligibleIn),
    upfront: round(upfront), recurringPerHour: round(recurring),
    breakEvenMonths: breakEven(upfront, recurring, n === 0 ? 0 : (coveredAll + absorbed - lostAll) / n),
    monthly: months.map((mo, idx) => ({
      month: monthNames[idx]!, hours: mo.hours, committed: round(mo.committed), used: round(mo.used), utilization: share(mo.used, mo.committed),
      onDemandCovered: round(mo.covered), netSavings: round(mo.net), coverageBefore: share(mo.before, mo.eligible), coverageAfter: share(mo.after, mo.eligible),
    })),
    underused,
  };
}

function billedSum(h: HeldCommitment, t: number): number {
  let s = 0;
  for (const series of h.billed.values()) s += series[t]!;
  return s;
}

/**
 * Months until the on-demand avoided (per hour, the window's average) has paid back the upfront
 * fee beyond the recurring fees: null (never) when it does not exceed them.
 */
function breakEven(upfront: number, recurringPerHour: number, avoidedPerHour: number): number | null {
  const gain = (avoidedPerHour - recurringPerHour) * HOURS_PER_MONTH;
  return gain <= 0 ? null : round(upfront / gain, 2);
}
