// SPEC.md step 1: ONE pass over focus. Each watched line's cost is summed per day and leaf (the
// line's account, service, region, usage type, owner tag and cost categories: together they name
// every series the line belongs to) and read into typed arrays; series.ts adds leaves into series.
// Leaves are grouped by a 64-bit hash of their columns, a third of the cost of grouping by the
// columns themselves; a second, small GROUP BY gives each hash its columns and proves no two
// leaves share one (about 1 in 10^10 for a workspace: then both queries hash again, salted).
import { ident, join, raw, sql, type SqlQuery } from '../../sql/index.ts';
import type { Db } from '../../store/db.ts';
import { COST_BASIS_COLUMN, COST_CATEGORIES_COLUMN, TIME_COLUMN } from '../pivot/constants.ts';
import { SIGNATURE_DIMENSIONS, UNUSED_COMMITMENT_STATUS, USAGE_CATEGORY } from './constants.ts';
import { anomalyLeafHashClash } from './errors.ts';
import { ownerTagSql } from './owner-tag.ts';
import type { AnomalySpec } from './spec.ts';

/** One leaf: the values of the signature's columns, the owner tag and the cost categories of its lines. */
export interface Leaf {
  /** By SIGNATURE_DIMENSIONS column name. */
  values: Record<string, string | null>;
  owner: string | null;
  costCategories: Record<string, string | null> | null;
}

export interface DailyLeaves {
  leaves: Leaf[];
  /** The span of the workspace's watched days: its first day (days since 1970-01-01) and its length. */
  first: number;
  days: number;
  /** One entry per leaf and day with a line: the leaf's index, the day (days since 1970-01-01), the summed cost. */
  leaf: Int32Array;
  day: Int32Array;
  cost: Float64Array;
}

/** Usage: ChargeCategory Usage without unused commitment (the commitments' utilization, not a usage surprise). */
export function chargeFilter(spec: AnomalySpec): SqlQuery {
  if (spec.charges === 'all') return sql`TRUE`;
  return sql`${ident('ChargeCategory')} = ${USAGE_CATEGORY} AND ${ident('CommitmentDiscountStatus')} IS DISTINCT FROM ${UNUSED_COMMITMENT_STATUS}`;
}

const OWNER = 'owner';
const CC = 'cc';
const EPOCH = sql`DATE '1970-01-01'`;
/** Salted hashes tried before giving up: one clash is ~1e-10 likely, two in a row never seen. */
const HASH_ATTEMPTS = 3;

function linesSql(spec: AnomalySpec, owner: SqlQuery, narrow: SqlQuery): SqlQuery {
  const cc = spec.costCategories ? ident(COST_CATEGORIES_COLUMN) : raw('CAST(NULL AS MAP(VARCHAR, VARCHAR))');
  return sql`SELECT CAST(${ident(TIME_COLUMN)} AS DATE) AS day, ${join(SIGNATURE_DIMENSIONS.map((d) => ident(d)))}, ${owner} AS ${ident(OWNER)}, ${cc} AS ${ident(CC)},
      CAST(${ident(COST_BASIS_COLUMN[spec.basis])} AS DOUBLE) AS cost
    FROM ${ident('focus')} WHERE ${chargeFilter(spec)} AND ${ident(TIME_COLUMN)} IS NOT NULL AND ${narrow}`;
}

function leafHashSql(salt: number): SqlQuery {
  return sql`hash(${join([...SIGNATURE_DIMENSIONS, OWNER, CC].map((c) => ident(c)))}, ${salt})`;
}

/** Open addressing over the 64-bit hashes (two 32-bit halves): hash → leaf index, exact. */
class LeafIndex {
  private readonly mask: number;
  private readonly lo: Uint32Array;
  private readonly hi: Uint32Array;
  private readonly at: Int32Array;

  constructor(n: number) {
    let size = 16;
    while (size < 2 * n) size *= 2;
    this.mask = size - 1;
    this.lo = new Uint32Array(size);
    this.hi = new Uint32Array(size);
    this.at = new Int32Array(size).fill(-1);
  }

  /** False when the hash is there already (a clash). */
  add(lo: number, hi: number, index: number): boolean {
    let s = lo & this.mask;
    while (this.at[s] !== -1) {
      if (this.lo[s] === lo && this.hi[s] === hi) return false;
      s = (s + 1) & this.mask;
    }
    this.lo[s] = lo;
    this.hi[s] = hi;
    this.at[s] = index;
    return true;
  }

  get(lo: number, hi: number): number {
    for (let s = lo & this.mask; this.at[s] !== -1; s = (s + 1) & this.mask) if (this.lo[s] === lo && this.hi[s] === hi) return this.at[s]!;
    return -1;
  }
}

async function workspaceSpan(db: Db, spec: AnomalySpec): Promise<{ first: number; days: number }> {
  const span = await db.one(sql`SELECT CAST(min(day) - ${EPOCH} AS INTEGER) AS d0, CAST(max(day) - ${EPOCH} AS INTEGER) AS d1 FROM (${linesSql(spec, sql`NULL`, sql`TRUE`)})`);
  if (!span || span.d0 === null || span.d1 === null) return { first: 0, days: 0 };
  return { first: Number(span.d0), days: Number(span.d1) - Number(span.d0) + 1 };
}

/**
 * Every leaf's daily cost (or only of the lines `narrow` keeps: the detail's one series). The span
 * is always the workspace's, so a series that began late has a history of zeros.
 */
export async function loadDailyLeaves(db: Db, spec: AnomalySpec, narrow?: SqlQuery): Promise<DailyLeaves> {
  const lines = linesSql(spec, await ownerTagSql(db, spec), narrow ?? sql`TRUE`);
  for (let salt = 0; salt < HASH_ATTEMPTS; salt++) {
    const h = leafHashSql(salt);
    // the leaves' own values: a DISTINCT over the lines' columns, hashed once per leaf
    const dict = await db.all(sql`SELECT CAST(h >> 32 AS UINTEGER) AS hi, CAST(h & 4294967295 AS UINTEGER) AS lo, * EXCLUDE (h) FROM (
        SELECT ${h} AS h, * FROM (SELECT DISTINCT ${join([...SIGNATURE_DIMENSIONS, OWNER, CC].map((c) => ident(c)))} FROM (${lines})))`);
    const index = new LeafIndex(dict.length);
    if (!dict.every((r, i) => index.add(Number(r.lo), Number(r.hi), i))) continue;
    const leaves = dict.map((r) => ({
      values: Object.fromEntries(SIGNATURE_DIMENSIONS.map((d) => [d, r[d] === null ? null : String(r[d])])),
      owner: r[OWNER] === null ? null : String(r[OWNER]),
      costCategories: (r[CC] ?? null) as Record<string, string | null> | null,
    }));
    const parts: { leaf: Int32Array; day: Int32Array; cost: Float64Array }[] = [];
    let n = 0;
    let lo = Infinity;
    let hi = -Infinity;
    await db.chunks(sql`SELECT ${h} AS h, CAST(day - ${EPOCH} AS INTEGER) AS d, coalesce(sum(cost), 0) AS cost FROM (${lines}) GROUP BY ALL`, (chunk) => {
      const rows = chunk.rowCount;
      const hashes = (chunk.getColumnVector(0) as unknown as { items: BigUint64Array }).items;
      const halves = new Uint32Array(hashes.buffer, hashes.byteOffset, rows * 2);
      const day = (chunk.getColumnVector(1) as unknown as { items: Int32Array }).items.slice(0, rows);
      const leaf = new Int32Array(rows);
      for (let i = 0; i < rows; i++) {
        // little-endian: the low half of each hash comes first
        leaf[i] = index.get(halves[2 * i]!, halves[2 * i + 1]!);
        const d = day[i]!;
        if (d < lo) lo = d;
        if (d > hi) hi = d;
      }
      parts.push({ leaf, day, cost: (chunk.getColumnVector(2) as unknown as { items: Float64Array }).items.slice(0, rows) });
      n += rows;
    });
    const out = { leaf: new Int32Array(n), day: new Int32Array(n), cost: new Float64Array(n) };
    let o = 0;
    for (const p of parts) {
      out.leaf.set(p.leaf, o);
      out.day.set(p.day, o);
      out.cost.set(p.cost, o);
      o += p.leaf.length;
    }
    const span = narrow ? await workspaceSpan(db, spec) : n === 0 ? { first: 0, days: 0 } : { first: lo, days: hi - lo + 1 };
    return { leaves, ...span, ...out };
  }
  throw anomalyLeafHashClash(HASH_ATTEMPTS);
}
