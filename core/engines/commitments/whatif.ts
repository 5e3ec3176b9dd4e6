// SPEC "What-if": one added Compute Savings Plan over a lookback, from the workspace. Reads the
// pool's eligible spend hour by hour (eligible.ts), every hour of the window (empty hours too:
// the plan is paid for them), the rate observed on the Compute Savings Plans held unless one is
// given, and runs the hour loop (simulate.ts).
import { sql } from '../../sql/index.ts';
import type { Db } from '../../store/db.ts';
import { commitmentAttributes } from './attributes.ts';
import { CHARGE } from './constants.ts';
import { eligibleSpend } from './eligible.ts';
import { badCommitmentsSpec, noRate, noUsage } from './errors.ts';
import { commitmentFacts, commitmentFigures, readFigures } from './inventory.ts';
import { simulate, type HourInput, type SimulationOutcome } from './simulate.ts';
import type { WhatIfSpec } from './spec.ts';

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

export interface WhatIfResult extends SimulationOutcome {
  spec: WhatIfSpec;
  /** The rate used (plan price ÷ on-demand equivalent) and where it came from. */
  rate: number;
  rateSource: 'given' | 'observed';
  /** The hours simulated: [from, to), clipped to the data. */
  from: string;
  to: string;
  /** True when daily rows were spread over their hours (eligible.ts). */
  approximate: boolean;
  notices: string[];
}

const iso = (ms: number): string => new Date(ms).toISOString().replace('.000Z', 'Z');
const toMs = (dayOrHour: string): number => Date.parse(dayOrHour.length === 10 ? `${dayOrHour}T00:00:00Z` : dayOrHour);
/** DuckDB's TIMESTAMP text for a UTC moment (no offset: a cast would drop it silently). */
const sqlTime = (ms: number): string => iso(ms).replace('T', ' ').replace('Z', '');

/** Σ used ÷ Σ on-demand equivalent of the Compute Savings Plans held in the window; null when none. */
async function observedRate(db: Db, w: { from: string; to: string }, basis: WhatIfSpec['basis']): Promise<number | null> {
  const facts = await commitmentFacts(db, w);
  const compute = new Set(facts.filter((f) => commitmentAttributes(f).type === 'ComputeSavingsPlan').map((f) => f.id));
  let used = 0;
  let od = 0;
  for (const r of await commitmentFigures(db, w, basis)) {
    if (r.period !== null || !compute.has(String(r.id))) continue;
    const f = readFigures(r);
    used += f.used;
    od += f.onDemandEquivalent;
  }
  return od > 0 && used > 0 ? used / od : null;
}

export async function runWhatIfSpec(db: Db, spec: WhatIfSpec): Promise<WhatIfResult> {
  const span = await db.one(sql`SELECT epoch_ms(min(ChargePeriodStart)) AS first, epoch_ms(max(ChargePeriodEnd)) AS last FROM focus WHERE ChargeCategory = ${CHARGE.usage}`);
  if (!span || span.first === null) throw noUsage();
  const first = Math.floor(Number(span.first) / HOUR_MS) * HOUR_MS;
  const last = Math.ceil(Number(span.last) / HOUR_MS) * HOUR_MS;
  const to = Math.min(spec.to === undefined ? last : toMs(spec.to), last);
  const wanted = spec.from === undefined ? to - spec.lookbackDays * DAY_MS : toMs(spec.from);
  const from = Math.max(wanted, first);
  if (from >= to) throw badCommitmentsSpec(`No usage lies in the window ${iso(wanted)} to ${iso(to)}: the data runs from ${iso(first)} to ${iso(last)}. Choose a window inside it.`, { from: iso(wanted), to: iso(to) });
  const notices: string[] = [];
  if (from > wanted) notices.push(`The window starts at ${iso(from)}, where the data starts (${iso(wanted)} was asked): hours without data would count as hours without usage.`);
  const window = { from: sqlTime(from), to: sqlTime(to) };
  let rate = spec.rate ?? null;
  const rateSource = rate === null ? 'observed' : 'given';
  rate ??= await observedRate(db, window, spec.basis);
  if (rate === null) throw noRate(iso(from), iso(to));
  const pools = await eligibleSpend(db, { kind: 'commitments-eligible', version: 1, basis: spec.basis, includeHours: true, ...window });
  const pool = pools.pools.find((p) => p.type === 'ComputeSavingsPlan');
  const byHour = new Map((pool?.series ?? []).map((h) => [h.hour, h]));
  const hours: HourInput[] = [];
  for (let t = from; t < to; t += HOUR_MS) {
    const h = byHour.get(iso(t));
    hours.push({ hour: iso(t), eligible: h?.eligible ?? 0, covered: h?.covered ?? 0 });
  }
  const outcome = simulate(hours, { hourlyCommitment: spec.hourlyCommitment, rate, term: spec.term, payment: spec.payment });
  return { spec, rate, rateSource, from: iso(from), to: iso(to), approximate: pools.approximate, notices, ...outcome };
}
