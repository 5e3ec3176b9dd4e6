// The hours a what-if or an optimization simulates, and the rates it may observe: shared by
// whatif.ts and optimize.ts so both read the same window the same way (SPEC "What-if").
import { sql } from '../../sql/index.ts';
import type { Db } from '../../store/db.ts';
import { commitmentAttributes } from './attributes.ts';
import { CHARGE, ELIGIBLE_TYPES, type EligibleType, type OnDemandBasis } from './constants.ts';
import { badCommitmentsSpec, noUsage } from './errors.ts';
import { commitmentFacts, commitmentFigures, readFigures } from './inventory.ts';
import type { HourInput } from './simulate.ts';

export const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

export const iso = (ms: number): string => new Date(ms).toISOString().replace('.000Z', 'Z');
const toMs = (dayOrHour: string): number => Date.parse(dayOrHour.length === 10 ? `${dayOrHour}T00:00:00Z` : dayOrHour);
/** DuckDB's TIMESTAMP text for a UTC moment (no offset: a cast would drop it silently). */
const sqlTime = (ms: number): string => iso(ms).replace('T', ' ').replace('Z', '');

export interface Lookback {
  /** Epoch ms of the first hour simulated and of the hour after the last. */
  from: number;
  to: number;
  /** The same as DuckDB TIMESTAMP text, for eligibleSpend and the inventory. */
  window: { from: string; to: string };
  notices: string[];
}

/** [from, to): the spec's, else lookbackDays before the end of the data, clipped to the data. */
export async function resolveLookback(db: Db, spec: { from?: string | undefined; to?: string | undefined; lookbackDays: number }): Promise<Lookback> {
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
  return { from, to, window: { from: sqlTime(from), to: sqlTime(to) }, notices };
}

/** Every hour of the lookback, empty ones with 0 (a commitment is paid for them too). */
export function poolHours(series: readonly HourInput[] | undefined, lb: Lookback): HourInput[] {
  const byHour = new Map((series ?? []).map((h) => [h.hour, h]));
  const hours: HourInput[] = [];
  for (let t = lb.from; t < lb.to; t += HOUR_MS) {
    const h = byHour.get(iso(t));
    hours.push({ hour: iso(t), eligible: h?.eligible ?? 0, covered: h?.covered ?? 0 });
  }
  return hours;
}

/** Per type: Σ used ÷ Σ on-demand equivalent of the commitments of that type held in the window; null when none. */
export async function observedRates(db: Db, w: { from: string; to: string }, basis: OnDemandBasis): Promise<Record<EligibleType, number | null>> {
  const typeOf = new Map((await commitmentFacts(db, w)).map((f) => [f.id, commitmentAttributes(f).type]));
  const sums = new Map<string, { used: number; od: number }>();
  for (const r of await commitmentFigures(db, w, basis)) {
    const type = typeOf.get(String(r.id));
    if (r.period !== null || type === undefined) continue;
    const f = readFigures(r);
    const s = sums.get(type) ?? { used: 0, od: 0 };
    s.used += f.used;
    s.od += f.onDemandEquivalent;
    sums.set(type, s);
  }
  const rate = (t: EligibleType): number | null => {
    const s = sums.get(t);
    return s !== undefined && s.od > 0 && s.used > 0 ? s.used / s.od : null;
  };
  return Object.fromEntries(ELIGIBLE_TYPES.map((t) => [t, rate(t)])) as Record<EligibleType, number | null>;
}
