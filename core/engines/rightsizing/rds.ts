// SPEC.md "RDS DB instances": each DB instance the bill has, with its CPU (read-metrics.ts) and
// its FreeableMemory and DatabaseConnections (read-rds-metrics.ts), assessed by the EC2 method
// (assess.ts) against the db.* classes of the catalog; what cannot be assessed is said.
import { Metric, MIN_CONFIDENT_DAYS, BYTES_PER_GIB } from './constants.ts';
import { assess, type AssessContext, type Utilization } from './assess.ts';
import { readCatalog, type InstanceTypeFacts } from './instance-types.ts';
import { onDemandRateOf } from './instances.ts';
import { readBilledDatabases, readDatabaseOnDemandRates, type BilledDatabase, type BilledDatabases } from './read-bill-rds.ts';
import { readMetrics, type ResourceMetrics, type Window } from './read-metrics.ts';
import { readDatabaseMetrics, type DatabaseMetrics } from './read-rds-metrics.ts';
import type { Recommendation } from './result.ts';
import type { RightsizeSpec } from './spec.ts';
import type { Db } from '../../store/db.ts';
import { plural, sample, were } from './words.ts';

/** Why a billed DB instance got no assessment (each a warning of the list, a note of the detail). */
export const DatabaseSkip = {
  noMetrics: 'no-metrics',
  unknownClass: 'unknown-class',
  noPrice: 'no-price',
  badPercent: 'bad-percent',
  ambiguous: 'ambiguous',
} as const;
export type DatabaseSkip = (typeof DatabaseSkip)[keyof typeof DatabaseSkip];

export interface DatabaseFindings {
  recommendations: Recommendation[];
  warnings: string[];
  skipped: Map<string, DatabaseSkip>;
  /** The DB instances billed, by DBInstanceIdentifier. */
  billed: Map<string, BilledDatabase>;
}

const NOT_A_DB_ID = /^(i|vol)-/;

const percentUsed = (freeBytes: number, c: InstanceTypeFacts): number => (1 - freeBytes / (c.memoryGiB * BYTES_PER_GIB)) * 100;

/** Memory used, percent of the class, at the percentile and at the peak; null when not measured or not this class's. */
function memoryOf(m: DatabaseMetrics | undefined, c: InstanceTypeFacts): { memory: number; memoryMax: number } | 'mismatch' | null {
  if (!m || m.freeAtPercentile === null || m.freeLowest === null) return null;
  if (m.freeHighest !== null && m.freeHighest > c.memoryGiB * BYTES_PER_GIB) return 'mismatch';
  return { memory: percentUsed(m.freeAtPercentile, c), memoryMax: percentUsed(m.freeLowest, c) };
}

/**
 * One DB instance as `assessDatabases` assesses it in the list, reading only its own bill lines
 * and metrics, the catalog and its region's on-demand rates (rightsizeDetail).
 */
export async function assessDatabase(db: Db, spec: RightsizeSpec, window: Window, resourceId: string): Promise<DatabaseFindings> {
  const billed = await readBilledDatabases(db, spec, window, resourceId);
  const one = billed.byId.get(resourceId);
  const [metrics, catalog] = [await readMetrics(db, window, spec.percentile, spec.includeMemory, resourceId), await readCatalog(db)];
  const rates = one ? await readDatabaseOnDemandRates(db, { region: one.region }) : new Map<string, number>();
  const ctx: AssessContext = { catalog, headroomPct: spec.headroomPct, onDemandRate: onDemandRateOf(catalog, rates) };
  return assessBilledDatabases(db, spec, window, billed, metrics, ctx, resourceId);
}

export async function assessDatabases(db: Db, spec: RightsizeSpec, window: Window, metrics: ResourceMetrics, ctx: AssessContext): Promise<DatabaseFindings> {
  return assessBilledDatabases(db, spec, window, await readBilledDatabases(db, spec, window), metrics, ctx);
}

async function assessBilledDatabases(db: Db, spec: RightsizeSpec, window: Window, billed: BilledDatabases, metrics: ResourceMetrics, ctx: AssessContext, resourceId?: string): Promise<DatabaseFindings> {
  const dbMetrics = await readDatabaseMetrics(db, window, spec.percentile, [...billed.byId.keys()]);
  const recommendations: Recommendation[] = [];
  const skipped = new Map<string, DatabaseSkip>(billed.ambiguous.map((id) => [id, DatabaseSkip.ambiguous]));
  const unknownClasses = new Set<string>();
  const memoryMismatch: string[] = [];
  let short = 0;
  const assessOne = (d: BilledDatabase): Recommendation | null => {
    const cpu = metrics.get(d.resourceId)?.get(Metric.cpu);
    const current = ctx.catalog.byType.get(d.type);
    const skip = (reason: DatabaseSkip): null => {
      skipped.set(d.resourceId, reason);
      return null;
    };
    if (!cpu || cpu.percentile === null || cpu.peak === null) return skip(DatabaseSkip.noMetrics);
    if (!current) {
      unknownClasses.add(d.type);
      return skip(DatabaseSkip.unknownClass);
    }
    if (d.usage.effectiveCost <= 0 && d.usage.listCost <= 0) return skip(DatabaseSkip.noPrice);
    if (cpu.peak > 100) return skip(DatabaseSkip.badPercent);
    const m = dbMetrics.get(d.resourceId);
    const mem = spec.includeMemory ? memoryOf(m, current) : null;
    if (mem === 'mismatch') memoryMismatch.push(d.resourceId);
    const used = mem === 'mismatch' ? null : mem;
    const u: Utilization = {
      days: cpu.days, cpu: cpu.percentile, cpuMax: cpu.peak, memory: used?.memory ?? null, memoryMax: used?.memoryMax ?? null,
      networkBytesPerDay: null, database: { connectionsMax: m?.connectionsMax ?? null },
    };
    if (u.days < MIN_CONFIDENT_DAYS) short++;
    const rec = assess(d, current, u, ctx);
    if (rec) rec.evidence.database = { arn: d.arn, engine: d.engine, multiAZ: d.multiAZ, connectionsMax: u.database!.connectionsMax };
    return rec;
  };
  for (const d of billed.byId.values()) {
    const rec = assessOne(d);
    if (rec) recommendations.push(rec);
  }

  const ids = (reason: DatabaseSkip) => [...skipped].filter(([, r]) => r === reason).map(([id]) => id);
  const [noMetrics, noPrice, badPercent] = [ids(DatabaseSkip.noMetrics), ids(DatabaseSkip.noPrice), ids(DatabaseSkip.badPercent)];
  const warnings: string[] = [];
  const dbs = (n: number) => plural(n, 'DB instance');
  if (noMetrics.length) warnings.push(`${dbs(noMetrics.length)} billed in the lookback had no CPUUtilization maximum under their DBInstanceIdentifier and ${were(noMetrics.length)} not assessed (${sample(noMetrics.sort())}): ingest their AWS/RDS metrics.`);
  if (unknownClasses.size) warnings.push(`DB instance classes not in the catalog, not assessed: ${[...unknownClasses].sort().join(', ')} (the catalog holds the RDS classes sized as an EC2 type: core/engines/rightsizing/catalog/rds-classes.ts).`);
  if (noPrice.length) warnings.push(`${dbs(noPrice.length)} had no cost in the bill (EffectiveCost and ListCost 0: free tier, or a bill without prices) and ${were(noPrice.length)} not assessed (${sample(noPrice.sort())}): no price, so no savings can be said.`);
  if (badPercent.length) warnings.push(`${dbs(badPercent.length)} reported a CPU above 100% (${sample(badPercent.sort())}) and ${were(badPercent.length)} not assessed: check the metric file's units.`);
  if (memoryMismatch.length) warnings.push(`${dbs(memoryMismatch.length)} reported more FreeableMemory than their class has (${sample(memoryMismatch.sort())}): memory was not used (check the file is in Bytes and the class), so ${memoryMismatch.length === 1 ? 'its' : 'their'} advice is on CPU alone and high risk.`);
  if (billed.ambiguous.length) warnings.push(`${plural(billed.ambiguous.length, 'DB instance identifier')} belong to more than one DB instance in the bill (${sample(billed.ambiguous.sort())}: other accounts or regions), so their metrics cannot be told apart: not assessed. Narrow the run with accounts.`);
  if (short) warnings.push(`${dbs(short)} had fewer than ${MIN_CONFIDENT_DAYS} days of metrics: their recommendations are high risk.`);
  if (resourceId === undefined && !spec.accounts?.length && !spec.tag) {
    // CPU under an id that is neither an EC2 instance's nor a volume's is a DBInstanceIdentifier.
    const unbilled = [...metrics.keys()].filter((id) => !NOT_A_DB_ID.test(id) && metrics.get(id)?.has(Metric.cpu) && !billed.byId.has(id) && !billed.ambiguous.includes(id));
    if (unbilled.length) warnings.push(`${dbs(unbilled.length)} with metrics had no instance-hours in the bill (${sample(unbilled.sort())}): their class and price are unknown, so ${unbilled.length === 1 ? 'it was' : 'they were'} not assessed.`);
  }
  return { recommendations, warnings, skipped, billed: billed.byId };
}
