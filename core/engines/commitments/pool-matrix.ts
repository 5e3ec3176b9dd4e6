// SPEC "What-if", the input: every hour of the window × every cell of eligible usage (kind, region,
// instance type, family, service: the finest grain the pools of step 3 are made of), with what
// each held commitment covered there as billed, and each held commitment's hourly commitment and
// unused part. Rows longer than an hour are spread evenly over their hours, as eligible.ts does.
import { sql } from '../../sql/index.ts';
import type { Db } from '../../store/db.ts';
import { commitmentAttributes } from './attributes.ts';
import { CHARGE, STATUS, type OnDemandBasis } from './constants.ts';
import { eligibleRowsSql } from './eligibility.ts';
import { commitmentFacts, commitmentFigures, readFigures } from './inventory.ts';
import type { ObservedHeld } from './rates.ts';
import type { Cell, CellKind, HeldCommitment, PoolMatrix } from './scenario.ts';
import { inWindow } from './window.ts';

export const HOUR_MS = 3_600_000;
export const iso = (ms: number): string => new Date(ms).toISOString().replace('.000Z', 'Z');
/** DuckDB's TIMESTAMP text for a UTC moment (no offset: a cast would drop it silently). */
export const sqlTime = (ms: number): string => iso(ms).replace('T', ' ').replace('Z', '');

export interface MatrixWindow {
  /** Epoch milliseconds, whole hours; `to` excluded. */
  fromMs: number;
  toMs: number;
}

export interface LoadedMatrix extends PoolMatrix {
  /** On-demand price of one instance hour by `instanceType|region`, from the usage rows (median). */
  unitPrices: Map<string, number>;
  /** True when some eligible rows span more than an hour (daily data) and were spread. */
  approximate: boolean;
  /** The held commitments' terms and observed figures over the window: their rates (rates.ts). */
  observed: ObservedHeld[];
}

const str = (v: unknown): string | null => (v === null || v === undefined || v === '' ? null : String(v));
const SPREAD = sql`range(date_trunc('hour', s), greatest(e, s + INTERVAL 1 SECOND), INTERVAL 1 HOUR)`;

export async function loadPoolMatrix(db: Db, w: MatrixWindow, basis: OnDemandBasis): Promise<LoadedMatrix> {
  const window = { from: sqlTime(w.fromMs), to: sqlTime(w.toMs) };
  const n = Math.max(0, Math.round((w.toMs - w.fromMs) / HOUR_MS));
  const hours = Array.from({ length: n }, (_, t) => iso(w.fromMs + t * HOUR_MS));
  const inHours = sql`hour >= CAST(${window.from} AS TIMESTAMP) AND hour < CAST(${window.to} AS TIMESTAMP)`;
  const rows = await db.all(sql`WITH ${eligibleRowsSql(window, basis)},
    typed AS (
      SELECT CASE WHEN is_ec2 THEN 'ec2' WHEN is_fargate THEN 'fargate' WHEN is_lambda THEN 'lambda' ELSE 'db' END AS kind,
        region, s, e, od, CASE WHEN covered THEN cid END AS cid,
        CASE WHEN is_ec2 OR is_db THEN instance_type END AS instance_type, CASE WHEN is_ec2 OR is_db THEN family END AS family,
        CASE WHEN is_db AND NOT is_ec2 THEN service END AS service, is_ec2 AND linux_shared AS flex
      FROM eligible WHERE is_ec2 OR is_fargate OR is_lambda OR is_db
    ),
    sized AS (SELECT kind, region, instance_type, family, service, flex, cid, s, e, sum(od) AS od, ${SPREAD} AS hour_list FROM typed GROUP BY ALL),
    spread AS (SELECT kind, region, instance_type, family, service, flex, cid, unnest(hour_list) AS hour, CAST(od AS DOUBLE) / len(hour_list) AS od FROM sized)
    SELECT kind, region, instance_type, family, service, flex, cid, epoch_ms(hour) AS t, sum(od) AS od
    FROM spread WHERE ${inHours} GROUP BY ALL`);
  const meta = await db.one(sql`WITH ${eligibleRowsSql(window, basis)}
    SELECT coalesce(bool_or(len(${SPREAD}) > 1) FILTER (WHERE is_ec2 OR is_fargate OR is_lambda OR is_db), FALSE) AS approx FROM eligible`);
  const prices = await db.all(sql`WITH ${eligibleRowsSql(window, basis)}
    SELECT instance_type, region, median(unit_price) AS price FROM eligible
    WHERE (is_ec2 OR is_db) AND instance_type IS NOT NULL AND unit_price > 0 GROUP BY ALL`);

  const cells: Cell[] = [];
  const cellIndex = new Map<string, number>();
  const billedBy = new Map<string, Map<number, Float64Array>>();
  for (const r of rows) {
    const key = JSON.stringify([r.kind, r.region, r.instance_type, r.family, r.service, r.flex]);
    let i = cellIndex.get(key);
    if (i === undefined) {
      i = cells.length;
      cellIndex.set(key, i);
      cells.push({
        kind: String(r.kind) as CellKind, region: str(r.region), instanceType: str(r.instance_type), family: str(r.family), service: str(r.service),
        sizeFlexible: r.flex === true, eligible: new Float64Array(n),
      });
    }
    const t = Math.round((Number(r.t) - w.fromMs) / HOUR_MS);
    const od = Number(r.od);
    cells[i]!.eligible[t]! += od;
    const cid = str(r.cid);
    if (cid === null) continue;
    const byCell = billedBy.get(cid) ?? new Map<number, Float64Array>();
    billedBy.set(cid, byCell);
    const series = byCell.get(i) ?? new Float64Array(n);
    byCell.set(i, series);
    series[t]! += od;
  }
  const { held, observed } = await heldCommitments(db, w, window, basis, billedBy, n);
  return {
    hours, cells, held, observed, approximate: meta?.approx === true,
    unitPrices: new Map(prices.map((p) => [`${String(p.instance_type)}|${String(p.region)}`, Number(p.price)])),
  };
}

/** Every commitment with rows in the window: its type, scope and observed rate, and per hour what it cost and left unused. */
async function heldCommitments(db: Db, w: MatrixWindow, window: { from: string; to: string }, basis: OnDemandBasis, billedBy: Map<string, Map<number, Float64Array>>, n: number): Promise<{ held: HeldCommitment[]; observed: ObservedHeld[] }> {
  const facts = await commitmentFacts(db, window);
  const figures = new Map((await commitmentFigures(db, window, basis)).filter((r) => r.period === null).map((r) => [String(r.id), readFigures(r)]));
  const perHour = await db.all(sql`WITH rows AS (
      SELECT CommitmentDiscountId AS id, ChargePeriodStart AS s, ChargePeriodEnd AS e, sum(EffectiveCost) AS committed,
        coalesce(sum(EffectiveCost) FILTER (WHERE CommitmentDiscountStatus = ${STATUS.unused}), 0) AS unused
      FROM focus WHERE CommitmentDiscountId IS NOT NULL AND ChargeCategory = ${CHARGE.usage}
        AND CommitmentDiscountStatus IN (${STATUS.used}, ${STATUS.unused}) AND ${inWindow(window)}
      GROUP BY ALL
    ),
    spread AS (SELECT id, unnest(${SPREAD}) AS hour, CAST(committed AS DOUBLE) / len(${SPREAD}) AS committed, CAST(unused AS DOUBLE) / len(${SPREAD}) AS unused FROM rows)
    SELECT id, epoch_ms(hour) AS t, sum(committed) AS committed, sum(unused) AS unused FROM spread
    WHERE hour >= CAST(${window.from} AS TIMESTAMP) AND hour < CAST(${window.to} AS TIMESTAMP) GROUP BY ALL`);
  const series = new Map<string, { committed: Float64Array; unused: Float64Array }>();
  for (const r of perHour) {
    const id = String(r.id);
    const s = series.get(id) ?? { committed: new Float64Array(n), unused: new Float64Array(n) };
    series.set(id, s);
    const t = Math.round((Number(r.t) - w.fromMs) / HOUR_MS);
    s.committed[t]! += Number(r.committed);
    s.unused[t]! += Number(r.unused);
  }
  const held: HeldCommitment[] = [];
  const observed: ObservedHeld[] = [];
  for (const f of facts) {
    const a = commitmentAttributes(f);
    const fig = figures.get(f.id);
    const regional = a.type !== 'ComputeSavingsPlan' && a.type !== 'SageMakerSavingsPlan';
    const s = series.get(f.id) ?? { committed: new Float64Array(n), unused: new Float64Array(n) };
    const scope = { region: regional ? (f.feeRegion ?? f.usedRegion) : null, family: a.instanceFamily, instanceType: a.instanceType, sizeFlexible: a.sizeFlexible === true };
    observed.push({ id: f.id, type: a.type, scope, term: a.term, payment: a.paymentOption, used: fig?.used ?? 0, onDemand: fig?.onDemandEquivalent ?? 0 });
    held.push({
      id: f.id, type: a.type, end: a.end, scope,
      // a commitment with nothing observed takes no freed usage (its rate is unknown): Infinity makes its capacity 0
      rate: fig && fig.onDemandEquivalent > 0 && fig.used > 0 ? fig.used / fig.onDemandEquivalent : Number.POSITIVE_INFINITY,
      committed: s.committed, unused: s.unused, billed: billedBy.get(f.id) ?? new Map(),
    });
  }
  return { held, observed };
}
