// SPEC "What-if": commitments added and held ones removed or let expire, simulated hour by hour
// over a window of the workspace. Reads every hour of the window (empty hours too: a commitment
// is paid for them) × every cell of eligible usage with what each held commitment covered
// (pool-matrix.ts), resolves each added commitment's scope, rate (rates.ts) and hourly cost (RI
// units: units.ts), and runs the hour loop (scenario.ts).
import { sql } from '../../sql/index.ts';
import type { Db } from '../../store/db.ts';
import { CHARGE, type PaymentOption, type Term } from './constants.ts';
import { badCommitmentsSpec, noUnitPrice, noUsage } from './errors.ts';
import { HOUR_MS, iso, loadPoolMatrix, type LoadedMatrix } from './pool-matrix.ts';
import type { CommitmentRate } from './rate-spec.ts';
import { listRates, resolveRate, type RateSource } from './rates.ts';
import { covers, simulateScenario, type Addition, type CommitmentOutcome, type RemovedOutcome, type Scope } from './scenario.ts';
import type { SimulationOutcome } from './simulate.ts';
import type { AddedCommitment, WhatIfSpec } from './spec.ts';
import { unitPrice, type UnitPrice } from './units.ts';

const DAY_MS = 86_400_000;

export interface AddedResult extends CommitmentOutcome {
  term: Term;
  payment: PaymentOption;
  scope: Scope;
  /** Dollars per hour: given, or units × the unit's on-demand price × rate. */
  hourlyCommitment: number;
  units: number | null;
  unitPrice: UnitPrice | null;
  rate: number;
  rateSource: RateSource;
  rateDetail: string;
  /** The first hour it covers. */
  start: string;
}

export interface WhatIfResult extends SimulationOutcome {
  spec: WhatIfSpec;
  /** The first added commitment's rate (plan price ÷ on-demand equivalent) and where it came from; each one's in `added`. */
  rate: number | null;
  rateSource: RateSource | null;
  rateDetail: string | null;
  /** The hours simulated: [from, to), clipped to the data. */
  from: string;
  to: string;
  /** True when daily rows were spread over their hours. */
  approximate: boolean;
  added: AddedResult[];
  /** The held commitments taken away, with the savings they had produced in the window. */
  removed: RemovedOutcome[];
  /** On-demand equivalent that the held commitments' unused part took over from the removed ones. */
  absorbed: number;
  notices: string[];
}

const toMs = (dayOrHour: string): number => Date.parse(dayOrHour.length === 10 ? `${dayOrHour}T00:00:00Z` : dayOrHour);
const familyOf = (t: string | null | undefined): string | null => (t === null || t === undefined || t.lastIndexOf('.') < 0 ? null : t.slice(0, t.lastIndexOf('.')));
const round6 = (n: number): number => Math.round(n * 1e6) / 1e6;

/** The window [from, to) in whole hours, clipped to the usage in the workspace. */
export async function windowOf(db: Db, spec: Pick<WhatIfSpec, 'from' | 'to' | 'lookbackDays'>, notices: string[]): Promise<{ fromMs: number; toMs: number }> {
  const span = await db.one(sql`SELECT epoch_ms(min(ChargePeriodStart)) AS first, epoch_ms(max(ChargePeriodEnd)) AS last FROM focus WHERE ChargeCategory = ${CHARGE.usage}`);
  if (!span || span.first === null) throw noUsage();
  const first = Math.floor(Number(span.first) / HOUR_MS) * HOUR_MS;
  const last = Math.ceil(Number(span.last) / HOUR_MS) * HOUR_MS;
  const to = Math.min(spec.to === undefined ? last : toMs(spec.to), last);
  const wanted = spec.from === undefined ? to - spec.lookbackDays * DAY_MS : toMs(spec.from);
  const from = Math.max(wanted, first);
  if (from >= to) throw badCommitmentsSpec(`No usage lies in the window ${iso(wanted)} to ${iso(to)}: the data runs from ${iso(first)} to ${iso(last)}. Choose a window inside it.`, { from: iso(wanted), to: iso(to) });
  if (from > wanted) notices.push(`The window starts at ${iso(from)}, where the data starts (${iso(wanted)} was asked): hours without data would count as hours without usage.`);
  return { fromMs: from, toMs: to };
}

/** Open on-demand (eligible − billed) per cell over the window: where a commitment without a stated scope goes. */
function openByCell(m: LoadedMatrix): number[] {
  const open = m.cells.map((c) => c.eligible.reduce((s, v) => s + v, 0));
  for (const h of m.held) for (const [i, series] of h.billed) open[i]! -= series.reduce((s, v) => s + v, 0);
  return open;
}

/** The scope of an added commitment: as given, else the pool with the most on-demand spend left (said in a notice). */
function scopeOf(c: AddedCommitment, m: LoadedMatrix, open: number[], notices: string[]): Scope {
  if (c.type === 'ComputeSavingsPlan') return { region: null, family: null, instanceType: null, sizeFlexible: false };
  const family = c.family ?? familyOf(c.instanceType);
  const candidates = m.cells.map((cell, i) => ({ cell, open: open[i]! })).filter(({ cell }) => (c.type === 'EC2InstanceSavingsPlan' ? cell.kind === 'ec2' : cell.kind === 'ec2' || cell.kind === 'db')
    && (c.region === undefined || cell.region === c.region)
    && (c.instanceType === undefined || cell.instanceType === c.instanceType || (cell.sizeFlexible && cell.family === family))
    && (family === null || cell.family === family));
  const best = candidates.sort((a, b) => b.open - a.open)[0]?.cell;
  const region = c.region ?? best?.region ?? null;
  const instanceType = c.type === 'ReservedInstance' ? (c.instanceType ?? best?.instanceType ?? null) : null;
  const chosenFamily = family ?? (c.type === 'ReservedInstance' ? familyOf(instanceType) : (best?.family ?? null));
  if (region === null || (c.type === 'ReservedInstance' ? instanceType === null : chosenFamily === null)) {
    throw badCommitmentsSpec(`No eligible usage tells where a ${c.type} would apply: give its ${c.type === 'ReservedInstance' ? 'instance type (--instance-type)' : 'family (--family)'} and region (--region).`, { type: c.type });
  }
  const guessed = [c.region === undefined ? `region ${region}` : null, c.type === 'ReservedInstance' && c.instanceType === undefined ? `instance type ${instanceType}` : null,
    c.type === 'EC2InstanceSavingsPlan' && family === null ? `family ${chosenFamily}` : null].filter((x) => x !== null);
  if (guessed.length > 0) notices.push(`The ${c.type} was given no ${guessed.map((g) => g.split(' ').slice(0, -1).join(' ')).join(' or ')}: it takes the pool with the most on-demand spend left, ${guessed.join(', ')}.`);
  const ec2 = instanceType === null || !/^(db|cache)\./.test(instanceType);
  return { region, family: chosenFamily, instanceType, sizeFlexible: c.type === 'ReservedInstance' && ec2 };
}

/** The commitments the spec adds: the top-level one when it has an amount, then `add`. */
function commitmentsAdded(spec: WhatIfSpec): AddedCommitment[] {
  const { type, term, payment, hourlyCommitment, units, instanceType, family, region, rate, start } = spec;
  const top: AddedCommitment[] = hourlyCommitment !== undefined || units !== undefined
    ? [{ type, term, payment, hourlyCommitment, units, instanceType, family, region, rate, start }] : [];
  return [...top, ...spec.add];
}

function checkAdded(c: AddedCommitment, where: string): void {
  if (c.hourlyCommitment !== undefined && c.units !== undefined) throw badCommitmentsSpec(`${where}: give either an hourly commitment or units, not both.`);
  if (c.hourlyCommitment === undefined && c.units === undefined) throw badCommitmentsSpec(`${where}: give its hourly commitment (hourlyCommitment) or, for a reservation, its units.`);
  if (c.units !== undefined && c.type !== 'ReservedInstance') throw badCommitmentsSpec(`${where}: units size a reservation (ReservedInstance); a ${c.type} is sized by its hourly commitment.`);
}

export async function runWhatIfSpec(db: Db, spec: WhatIfSpec): Promise<WhatIfResult> {
  const notices: string[] = [];
  const wanted = commitmentsAdded(spec);
  wanted.forEach((c, i) => checkAdded(c, i === 0 && spec.hourlyCommitment !== undefined ? 'The commitment' : `Added commitment ${i + 1}`));
  if (wanted.length === 0 && spec.remove.length === 0 && spec.expiringWithinDays === undefined) {
    throw badCommitmentsSpec('Nothing to simulate: add a commitment (its hourly commitment, or units of a reservation), remove one held (remove), or let some expire (expiringWithinDays).');
  }
  const w = await windowOf(db, spec, notices);
  const m = await loadPoolMatrix(db, w, spec.basis);
  const remove = removals(spec, m, w.toMs, notices);
  const table: CommitmentRate[] = await listRates(db);
  const open = openByCell(m);
  const added: Omit<AddedResult, keyof CommitmentOutcome>[] = [];
  const additions: Addition[] = wanted.map((c, i) => {
    const scope = scopeOf(c, m, open, notices);
    const r = resolveRate({ type: c.type, term: c.term, payment: c.payment, scope, given: c.rate }, table, m.observed);
    let price: UnitPrice | null = null;
    let hourly = c.hourlyCommitment;
    if (hourly === undefined) {
      price = unitPrice(scope.instanceType!, scope.region!, m.unitPrices);
      if (price === null) throw noUnitPrice(scope.instanceType!, scope.region!);
      hourly = round6(c.units! * price.price * r.rate);
    }
    const startMs = c.start === undefined ? w.fromMs : Math.ceil(toMs(c.start) / HOUR_MS) * HOUR_MS;
    if (startMs >= w.toMs) notices.push(`Added commitment ${i + 1} starts at ${iso(startMs)}, after the window: it covers nothing in it.`);
    const startIndex = Math.max(0, Math.min(m.hours.length, Math.round((startMs - w.fromMs) / HOUR_MS)));
    added.push({ term: c.term, payment: c.payment, scope, hourlyCommitment: hourly, units: c.units ?? null, unitPrice: price, rate: r.rate, rateSource: r.source, rateDetail: r.detail, start: iso(Math.max(startMs, w.fromMs)) });
    return { id: `new-${i + 1}`, type: c.type, scope, hourlyCommitment: hourly, rate: r.rate, term: c.term, payment: c.payment, startIndex };
  });
  for (const a of additions) {
    if (!m.cells.some((cell) => covers(a.type, a.scope, cell))) notices.push(`No eligible usage in the window fits the added ${a.type}${a.scope.region ? ` in ${a.scope.region}` : ''}${a.scope.instanceType ?? a.scope.family ? ` for ${a.scope.instanceType ?? a.scope.family}` : ''}: it would go unused.`);
  }
  const outcome = simulateScenario(m, additions, remove);
  const first = added[0];
  return {
    spec, rate: first?.rate ?? null, rateSource: first?.rateSource ?? null, rateDetail: first?.rateDetail ?? null,
    from: iso(w.fromMs), to: iso(w.toMs), approximate: m.approximate, notices,
    ...outcome,
    added: outcome.added.map((o, i) => ({ ...o, ...added[i]! })),
  };
}

/** The held commitments taken away: named ones (they must be in the window) and those ending within the days asked. */
function removals(spec: WhatIfSpec, m: LoadedMatrix, toMs: number, notices: string[]): Set<string> {
  const held = new Set(m.held.map((h) => h.id));
  const unknown = spec.remove.filter((id) => !held.has(id));
  if (unknown.length > 0) {
    throw badCommitmentsSpec(`No commitment ${unknown.join(', ')} has rows in the window; the ones held there are: ${[...held].join(', ') || 'none'}. See "commitments status" for their ids.`, { unknown });
  }
  const out = new Set(spec.remove);
  if (spec.expiringWithinDays !== undefined) {
    const until = toMs + spec.expiringWithinDays * DAY_MS;
    const lapsing = m.held.filter((h) => h.end !== null && Date.parse(h.end) <= until && !out.has(h.id));
    for (const h of lapsing) out.add(h.id);
    notices.push(lapsing.length === 0
      ? `No commitment held ends within ${spec.expiringWithinDays} days after ${iso(toMs)}.`
      : `Let expire (ending within ${spec.expiringWithinDays} days after ${iso(toMs)}): ${lapsing.map((h) => `${h.id} (${h.end})`).join(', ')}.`);
  }
  return out;
}
