// The RDS DB instance classes rightsizing fits databases against. AWS publishes no RDS catalog in
// the shared data; an RDS class is the EC2 instance type of the same name behind a `db.` prefix
// (db.r6g.xlarge runs on r6g.xlarge: the same vCPU and memory, "Hardware specifications for DB
// instance classes", Amazon RDS User Guide), so each class's vCPU and memory are its EC2 type's
// from ../shared/data/ec2-catalog. Which families and sizes RDS sells is not in that data: the
// families below are the current RDS instance class types of the RDS User Guide ("DB instance
// class types") that EC2 has under the same name; db.x2g (EC2 sells x2gd, not x2g), the Oracle
// db.r5.*.tpc*.mem*x classes (other vCPU and memory than r5's) and previous generations RDS no
// longer offers (db.m1-m3, db.r3, db.t1) are left out, so an instance of those is reported as
// "not in the catalog", never sized on a guess.

import type { CatalogRow } from './build-catalog.ts';

/** RDS instance class families, by the EC2 family their classes run on. */
export const RDS_FAMILIES: readonly string[] = [
  // general purpose
  'm4', 'm5', 'm5d', 'm6g', 'm6gd', 'm6i', 'm6id', 'm6idn', 'm6in', 'm7g', 'm7i', 'm8g',
  // memory optimized
  'r4', 'r5', 'r5b', 'r5d', 'r6g', 'r6gd', 'r6i', 'r6id', 'r6idn', 'r6in', 'r7g', 'r7i', 'r8g', 'r8gd',
  'x1', 'x1e', 'x2idn', 'x2iedn', 'x2iezn', 'z1d',
  // burstable
  't2', 't3', 't4g',
];

/** The prefix of an RDS class name: db.m5.large runs on m5.large. */
export const RDS_CLASS_PREFIX = 'db.';

/**
 * RDS sells no metal class, no nano (its burstable classes start at micro) and, in the families
 * above, no size below large outside the burstable ones (EC2's m6g.medium has no db.m6g.medium).
 */
const BURSTABLE_SIZES_NOT_SOLD = new Set(['nano']);
const SIZES_BELOW_LARGE = new Set(['nano', 'micro', 'small', 'medium']);

export function offeredByRds(ec2Family: string, size: string, burstable: boolean): boolean {
  if (!RDS_FAMILIES.includes(ec2Family) || /metal/.test(size)) return false;
  return burstable ? !BURSTABLE_SIZES_NOT_SOLD.has(size) : !SIZES_BELOW_LARGE.has(size);
}

export const RDS_CATALOG_COLUMNS = ['instance_class', 'ec2_type', 'family', 'size', 'series', 'generation', 'attributes', 'architecture', 'burstable', 'vcpu', 'memory_gib'] as const;
export type RdsCatalogRow = Record<(typeof RDS_CATALOG_COLUMNS)[number], string | number | boolean | null>;

/** The EC2 rows RDS sells, renamed `db.…` (family `db.r6g`, series `db.r`, so a fit or a newer generation never crosses between EC2 and RDS). */
export function rdsCatalogRows(ec2Rows: readonly CatalogRow[]): RdsCatalogRow[] {
  return ec2Rows
    .filter((r) => offeredByRds(String(r.family), String(r.size), r.burstable === true))
    .map((r) => ({
      instance_class: `${RDS_CLASS_PREFIX}${String(r.instance_type)}`,
      ec2_type: r.instance_type,
      family: `${RDS_CLASS_PREFIX}${String(r.family)}`,
      size: r.size,
      series: `${RDS_CLASS_PREFIX}${String(r.series)}`,
      generation: r.generation,
      attributes: r.attributes,
      architecture: r.architecture,
      burstable: r.burstable,
      vcpu: r.vcpu,
      memory_gib: r.memory_gib,
    }));
}
