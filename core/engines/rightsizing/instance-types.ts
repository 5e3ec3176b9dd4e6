// The catalog the fit is made against (migration 070, ref_ec2_instance_types, and migration 073,
// ref_rds_instance_classes: db.* families and series, so EC2 and RDS never mix), read once per
// run (929 + 258 rows), with each size's normalization factor.
import { sql } from '../../sql/index.ts';
import type { Db } from '../../store/db.ts';
import { METAL_SIZE, NORMALIZATION_FACTOR } from './constants.ts';

export interface InstanceTypeFacts {
  type: string;
  family: string;
  size: string;
  series: string;
  generation: number | null;
  attributes: string;
  architecture: string;
  burstable: boolean;
  vcpu: number;
  memoryGiB: number;
  /** AWS's normalization factor of the size; null for metal, which is never a target. */
  nf: number | null;
}

/** `xlarge` is 8, `Nxlarge` 8 × N, the small sizes by AWS's table; metal and unknown sizes null. */
export function normalizationFactor(size: string): number | null {
  if (METAL_SIZE.test(size)) return null;
  const known = NORMALIZATION_FACTOR[size];
  if (known !== undefined) return known;
  const m = /^(\d+)xlarge$/.exec(size);
  return m ? 8 * Number(m[1]) : null;
}

export interface Catalog {
  byType: Map<string, InstanceTypeFacts>;
  byFamily: Map<string, InstanceTypeFacts[]>;
  all: InstanceTypeFacts[];
}

export function makeCatalog(types: InstanceTypeFacts[]): Catalog {
  const byFamily = new Map<string, InstanceTypeFacts[]>();
  for (const t of types) byFamily.set(t.family, [...(byFamily.get(t.family) ?? []), t]);
  for (const list of byFamily.values()) list.sort((a, b) => a.vcpu - b.vcpu || a.memoryGiB - b.memoryGiB || (a.nf ?? Infinity) - (b.nf ?? Infinity));
  return { byType: new Map(types.map((t) => [t.type, t])), byFamily, all: types };
}

export async function readCatalog(db: Db): Promise<Catalog> {
  const rows = await db.all(sql`SELECT instance_type, family, size, series, generation, attributes, architecture, burstable, vcpu, CAST(memory_gib AS DOUBLE) AS memory_gib FROM ref_ec2_instance_types
    UNION ALL SELECT instance_class, family, size, series, generation, attributes, architecture, burstable, vcpu, CAST(memory_gib AS DOUBLE) FROM ref_rds_instance_classes`);
  return makeCatalog(
    rows.map((r) => ({
      type: String(r.instance_type),
      family: String(r.family),
      size: String(r.size),
      series: String(r.series),
      generation: r.generation === null ? null : Number(r.generation),
      attributes: String(r.attributes),
      architecture: String(r.architecture),
      burstable: r.burstable === true,
      vcpu: Number(r.vcpu),
      memoryGiB: Number(r.memory_gib),
      nf: normalizationFactor(String(r.size)),
    })),
  );
}
