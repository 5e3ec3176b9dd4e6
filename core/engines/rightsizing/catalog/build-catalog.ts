// Builds the instance catalog the product ships, from the public data in ../shared/data/ec2-catalog
// (SOURCES.md there): vCPU and memory of 929 EC2 types from AWS's Spot Instance Advisor feed (via
// spotinfo, Apache-2.0), network performance where AWS's DescribeInstanceTypes sample has it (via
// amazon-ec2-instance-selector, Apache-2.0), family facts from the name (family.ts). It writes
// resources/data/ec2-instance-types.csv (the rows, with the licenses beside them) and the migration
// that loads them into ref_ec2_instance_types. Run it when the data changes, then commit both:
//   npx tsx core/engines/rightsizing/catalog/build-catalog.ts ../shared/data/ec2-catalog
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { familyFacts } from './family.ts';
import { RDS_CATALOG_COLUMNS, rdsCatalogRows, type RdsCatalogRow } from './rds-classes.ts';

/** A build script run from a checkout: the repository is four folders up. */
const REPO = fileURLToPath(new URL('../../../../', import.meta.url));
export const CATALOG_CSV = join(REPO, 'resources', 'data', 'ec2-instance-types.csv');
export const CATALOG_LICENSE = join(REPO, 'resources', 'data', 'ec2-instance-types.LICENSE');
export const CATALOG_MIGRATION = join(REPO, 'core', 'store', 'migrations', '070-ec2-instance-catalog.sql');
export const RDS_CATALOG_CSV = join(REPO, 'resources', 'data', 'rds-instance-classes.csv');
export const RDS_CATALOG_LICENSE = join(REPO, 'resources', 'data', 'rds-instance-classes.LICENSE');
export const RDS_CATALOG_MIGRATION = join(REPO, 'core', 'store', 'migrations', '073-rds-instance-classes.sql');

export const CATALOG_COLUMNS = ['instance_type', 'family', 'size', 'series', 'generation', 'attributes', 'architecture', 'burstable', 'vcpu', 'memory_gib', 'network_performance'] as const;
export type CatalogRow = Record<(typeof CATALOG_COLUMNS)[number], string | number | boolean | null>;

interface DescribedType {
  InstanceType: string;
  NetworkInfo?: { NetworkPerformance?: string };
}

export function catalogRows(sourceDir: string): CatalogRow[] {
  const [header, ...lines] = readFileSync(join(sourceDir, 'ec2_instance_types_from_spot_advisor.csv'), 'utf8').trim().split(/\r?\n/);
  if (header !== 'instance_type,family,size,vcpu,memory_gib,emr_supported') throw new Error(`unexpected columns in the Spot Advisor catalog: ${header}`);
  const described = (JSON.parse(readFileSync(join(sourceDir, 'describe_instance_types_25.json'), 'utf8')) as { InstanceTypes: DescribedType[] }).InstanceTypes;
  const network = new Map(described.map((t) => [t.InstanceType, t.NetworkInfo?.NetworkPerformance ?? null]));
  return lines
    .map((line) => {
      const [type = '', family = '', size = '', vcpu = '', memory = ''] = line.split(',');
      const f = familyFacts(family);
      return {
        instance_type: type,
        family,
        size,
        series: f.series,
        generation: f.generation,
        attributes: f.attributes,
        architecture: f.architecture,
        burstable: f.burstable,
        vcpu: Number(vcpu),
        memory_gib: Number(memory),
        network_performance: network.get(type) ?? null,
      };
    })
    .sort((a, b) => (a.instance_type < b.instance_type ? -1 : 1));
}

type Cell = string | number | boolean | null;
const csvCell = (v: Cell) => (v === null ? '' : /[",]/.test(String(v)) ? `"${String(v).replaceAll('"', '""')}"` : String(v));
const sqlCell = (v: Cell) => (v === null ? 'NULL' : typeof v === 'string' ? `'${v.replaceAll("'", "''")}'` : String(v));

/** A table's rows as CSV, columns in the order given. */
function tableCsv<C extends string>(columns: readonly C[], rows: readonly Record<C, Cell>[]): string {
  return [columns.join(','), ...rows.map((r) => columns.map((c) => csvCell(r[c])).join(','))].join('\n') + '\n';
}

/** A migration: its comment, the CREATE TABLE (columns given), then one INSERT of every row. */
function tableMigration<C extends string>(comment: string[], table: string, ddl: string[], columns: readonly C[], rows: readonly Record<C, Cell>[]): string {
  return [
    ...comment.map((l) => `-- ${l}`),
    `CREATE TABLE ${table} (`,
    ...ddl.map((l) => `  ${l}`),
    ');',
    `INSERT INTO ${table} VALUES`,
    rows.map((r) => `  (${columns.map((c) => sqlCell(r[c])).join(', ')})`).join(',\n') + ';',
    '',
  ].join('\n');
}

export const catalogCsv = (rows: readonly CatalogRow[]): string => tableCsv(CATALOG_COLUMNS, rows);

export function catalogMigration(rows: readonly CatalogRow[]): string {
  return tableMigration(
    [
      '070: the EC2 instance catalog rightsizing fits instances against (vCPU, memory, family facts,',
      'network where known). Built by core/engines/rightsizing/catalog/build-catalog.ts from public data',
      '(resources/data/ec2-instance-types.csv and .LICENSE: AWS Spot Instance Advisor feed via spotinfo,',
      'and DescribeInstanceTypes samples via amazon-ec2-instance-selector, both Apache-2.0). RDS classes',
      '(db.r6g.large) are sized as their EC2 type.',
    ],
    'ref_ec2_instance_types',
    [
      'instance_type VARCHAR PRIMARY KEY, family VARCHAR NOT NULL, size VARCHAR NOT NULL, series VARCHAR NOT NULL,',
      'generation INTEGER, attributes VARCHAR NOT NULL, architecture VARCHAR NOT NULL, burstable BOOLEAN NOT NULL,',
      'vcpu INTEGER NOT NULL, memory_gib DECIMAL(10, 3) NOT NULL, network_performance VARCHAR',
    ],
    CATALOG_COLUMNS,
    rows,
  );
}

export const rdsCatalogCsv = (rows: readonly RdsCatalogRow[]): string => tableCsv(RDS_CATALOG_COLUMNS, rows);

export function rdsCatalogMigration(rows: readonly RdsCatalogRow[]): string {
  return tableMigration(
    [
      '073: the RDS DB instance classes rightsizing fits databases against: each class is the EC2 type',
      "of the same name behind db. (vCPU, memory and family facts from migration 070's public data),",
      'for the families and sizes RDS sells (catalog/rds-classes.ts says which and why). Built by',
      'core/engines/rightsizing/catalog/build-catalog.ts (resources/data/rds-instance-classes.csv and',
      '.LICENSE: AWS Spot Instance Advisor feed via spotinfo, Apache-2.0).',
    ],
    'ref_rds_instance_classes',
    [
      'instance_class VARCHAR PRIMARY KEY, ec2_type VARCHAR NOT NULL, family VARCHAR NOT NULL, size VARCHAR NOT NULL,',
      'series VARCHAR NOT NULL, generation INTEGER, attributes VARCHAR NOT NULL, architecture VARCHAR NOT NULL,',
      'burstable BOOLEAN NOT NULL, vcpu INTEGER NOT NULL, memory_gib DECIMAL(10, 3) NOT NULL',
    ],
    RDS_CATALOG_COLUMNS,
    rows,
  );
}

const LICENSES = ['LICENSE-spotinfo-Apache-2.0', 'LICENSE-amazon-ec2-instance-selector-Apache-2.0'];

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const sourceDir = process.argv[2];
  if (!sourceDir) throw new Error('usage: build-catalog.ts <folder with the ec2-catalog data>');
  const rows = catalogRows(sourceDir);
  writeFileSync(CATALOG_CSV, catalogCsv(rows));
  writeFileSync(CATALOG_MIGRATION, catalogMigration(rows));
  const intro = [
    'resources/data/ec2-instance-types.csv is derived from two public sources, each under the license below:',
    '- vCPU and memory: AWS Spot Instance Advisor data as published in alexei-led/spotinfo',
    '  (internal/spot/data/spot-advisor-data.json @ 05e933139449b888c78795b28af8e9370429a031), Apache-2.0.',
    '- Network performance of 25 types: DescribeInstanceTypes output in aws/amazon-ec2-instance-selector',
    '  (test/static/DescribeInstanceTypes/25_instances.json @ 71c31e5a8949f35ea0683ca1c27db9de00ae4fc3), Apache-2.0.',
    '',
  ].join('\n');
  writeFileSync(CATALOG_LICENSE, intro + LICENSES.map((l) => `==== ${l} ====\n\n${readFileSync(join(sourceDir, l), 'utf8')}`).join('\n'));
  const rds = rdsCatalogRows(rows);
  writeFileSync(RDS_CATALOG_CSV, rdsCatalogCsv(rds));
  writeFileSync(RDS_CATALOG_MIGRATION, rdsCatalogMigration(rds));
  const rdsIntro = [
    'resources/data/rds-instance-classes.csv lists RDS DB instance classes with the vCPU and memory of the EC2',
    'instance type of the same name (db.r6g.large runs on r6g.large: Amazon RDS User Guide, "Hardware specifications',
    'for DB instance classes"). Which families and sizes RDS sells is written in',
    'core/engines/rightsizing/catalog/rds-classes.ts from the RDS User Guide ("DB instance class types").',
    'vCPU and memory: AWS Spot Instance Advisor data as published in alexei-led/spotinfo',
    '  (internal/spot/data/spot-advisor-data.json @ 05e933139449b888c78795b28af8e9370429a031), Apache-2.0:',
    '',
  ].join('\n');
  writeFileSync(RDS_CATALOG_LICENSE, `${rdsIntro}==== ${LICENSES[0]} ====\n\n${readFileSync(join(sourceDir, LICENSES[0]!), 'utf8')}`);
  process.stdout.write(`${rows.length} instance types and ${rds.length} RDS classes written\n`);
}
