// The shipped instance catalog (issue 17 item 2): what build-catalog.ts makes from the public data
// in ../shared/data/ec2-catalog, loaded by migration 070. Facts below are AWS's published specs,
// written by hand; the 25 DescribeInstanceTypes records are AWS's own API answers.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../../sql/index.ts';
import { type Workspace } from '../../../store/workspace.ts';
import { openTestWorkspace, type TestWorkspace } from '../../../../test/support/workspace.ts';
import { CATALOG_CSV, CATALOG_MIGRATION, catalogCsv, catalogMigration, catalogRows, RDS_CATALOG_CSV, RDS_CATALOG_LICENSE, RDS_CATALOG_MIGRATION, rdsCatalogCsv, rdsCatalogMigration } from './build-catalog.ts';
import { rdsCatalogRows } from './rds-classes.ts';

const SOURCE = resolve(fileURLToPath(new URL('../../../../', import.meta.url)), '../shared/data/ec2-catalog');

describe('the shipped catalog', () => {
  it('is what build-catalog.ts makes from the public data (rebuild it when the data changes)', () => {
    const rows = catalogRows(SOURCE);
    expect(rows).toHaveLength(929);
    expect(readFileSync(CATALOG_CSV, 'utf8')).toBe(catalogCsv(rows));
    expect(readFileSync(CATALOG_MIGRATION, 'utf8')).toBe(catalogMigration(rows));
  });

  it("agrees with AWS's DescribeInstanceTypes on vCPU, memory and architecture", () => {
    const described = (JSON.parse(readFileSync(join(SOURCE, 'describe_instance_types_25.json'), 'utf8')) as {
      InstanceTypes: { InstanceType: string; VCpuInfo: { DefaultVCpus: number }; MemoryInfo: { SizeInMiB: number }; ProcessorInfo: { SupportedArchitectures: string[] } }[];
    }).InstanceTypes;
    const byType = new Map(catalogRows(SOURCE).map((r) => [r.instance_type, r]));
    expect(described).toHaveLength(25);
    for (const t of described) {
      const row = byType.get(t.InstanceType);
      expect(row, t.InstanceType).toBeDefined();
      expect(row!.vcpu, t.InstanceType).toBe(t.VCpuInfo.DefaultVCpus);
      // the Spot Advisor feed rounds memory to a tenth of a GiB or so (c1.medium 1740 MiB = 1.7)
      expect(Math.abs(Number(row!.memory_gib) - t.MemoryInfo.SizeInMiB / 1024), t.InstanceType).toBeLessThan(0.05);
      expect(t.ProcessorInfo.SupportedArchitectures, t.InstanceType).toContain(row!.architecture);
    }
  });
});

describe('ref_ec2_instance_types in a workspace', () => {
  let t: TestWorkspace;
  beforeAll(async () => {
    t = await openTestWorkspace();
  });
  afterAll(() => t.close());

  it.each([
    ['m5.large', 'm5', 5, 'x86_64', false, 2, '8.000'],
    ['r5.xlarge', 'r5', 5, 'x86_64', false, 4, '32.000'],
    ['m7g.xlarge', 'm7g', 7, 'arm64', false, 4, '16.000'],
    ['t4g.nano', 't4g', 4, 'arm64', true, 2, '0.500'],
    ['c6i.32xlarge', 'c6i', 6, 'x86_64', false, 128, '256.000'],
  ] as const)('%s: %s, generation %d, %s, burstable %s, %d vCPU, %s GiB', async (type, family, generation, architecture, burstable, vcpu, memory) => {
    const ws: Workspace = t.ws;
    const row = await ws.db.one(sql`SELECT family, generation, architecture, burstable, vcpu, memory_gib::VARCHAR AS memory FROM ref_ec2_instance_types WHERE instance_type = ${type}`);
    expect(row).toEqual({ family, generation, architecture, burstable, vcpu, memory });
  });
});

describe('RDS classes (catalog/rds-classes.ts)', () => {
  it('are what build-catalog.ts makes from the EC2 rows (rebuild it when the data or the family list changes)', () => {
    const rds = rdsCatalogRows(catalogRows(SOURCE));
    expect(readFileSync(RDS_CATALOG_CSV, 'utf8')).toBe(rdsCatalogCsv(rds));
    expect(readFileSync(RDS_CATALOG_MIGRATION, 'utf8')).toBe(rdsCatalogMigration(rds));
    expect(readFileSync(RDS_CATALOG_LICENSE, 'utf8')).toContain('Apache License');
  });

  let t: TestWorkspace;
  beforeAll(async () => {
    t = await openTestWorkspace();
  });
  afterAll(() => t.close());

  // AWS's RDS hardware specifications: db.m5.large 2 vCPU 8 GiB, db.r6g.xlarge 4 vCPU 32 GiB
  // (Graviton2), db.t3.medium 2 vCPU 4 GiB, db.x1e.xlarge 4 vCPU 122 GiB, db.z1d.large 2 vCPU 16 GiB.
  it.each([
    ['db.m5.large', 'db.m5', 'db.m', 5, 'x86_64', false, 2, '8.000'],
    ['db.r6g.xlarge', 'db.r6g', 'db.r', 6, 'arm64', false, 4, '32.000'],
    ['db.t3.medium', 'db.t3', 'db.t', 3, 'x86_64', true, 2, '4.000'],
    ['db.x1e.xlarge', 'db.x1e', 'db.x', 1, 'x86_64', false, 4, '122.000'],
    ['db.z1d.large', 'db.z1d', 'db.z', 1, 'x86_64', false, 2, '16.000'],
  ] as const)('%s: %s (series %s), generation %d, %s, burstable %s, %d vCPU, %s GiB', async (cls, family, series, generation, architecture, burstable, vcpu, memory) => {
    const row = await t.ws.db.one(sql`SELECT family, series, generation, architecture, burstable, vcpu, memory_gib::VARCHAR AS memory FROM ref_rds_instance_classes WHERE instance_class = ${cls}`);
    expect(row).toEqual({ family, series, generation, architecture, burstable, vcpu, memory });
  });

  it('holds only what RDS sells: no metal, no nano, nothing below large outside burstable, no compute or AMD families', async () => {
    const absent = ['db.t3.nano', 'db.t4g.nano', 'db.m6g.medium', 'db.r6gd.medium', 'db.m5.metal', 'db.c5.large', 'db.m5a.large', 'db.r3.large'];
    const rows = await t.ws.db.all(sql`SELECT instance_class FROM ref_rds_instance_classes WHERE list_contains(string_split(${absent.join(',')}, ','), instance_class)`);
    expect(rows).toEqual([]);
    const smallest = await t.ws.db.all(sql`SELECT instance_class FROM ref_rds_instance_classes WHERE instance_class IN ('db.t3.micro', 'db.t4g.micro', 'db.m6g.large', 'db.r5.large') ORDER BY 1`);
    expect(smallest.map((r) => r.instance_class)).toEqual(['db.m6g.large', 'db.r5.large', 'db.t3.micro', 'db.t4g.micro']);
  });
});
