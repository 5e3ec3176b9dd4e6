// The dimension side of the output: items, commitments and charge periods, loaded into DuckDB
// as one-row tables of lists. Writers look values up by position (`d.product_code[f.item + 1]`),
// which keeps the lines in their generated order (a join would not) and so keeps output bytes
// the same for the same seed.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Model } from './build.ts';
import type { Periods } from './calendar.ts';
import { formatMu } from './money.ts';
import { cur2TagKey } from './tags.ts';
import { NORMALIZATION_FACTOR } from './catalog/ec2.ts';
import { PRODUCT_MAP_KEYS } from './writers/cur2.ts';

function sqlString(s: string): string {
  return `'${s.replaceAll("'", "''")}'`;
}

function iso(t: number, millis: boolean): string {
  const s = new Date(t * 1000).toISOString();
  return millis ? s : s.replace('.000Z', 'Z');
}

const OFFERING_TYPE = { ComputeSavingsPlan: 'ComputeSavingsPlans', EC2InstanceSavingsPlan: 'EC2InstanceSavingsPlans', ReservedInstance: null } as const;

async function loadJsonTable(conn: DuckDBConnection, dir: string, name: string, rows: object[], columns: Record<string, string>): Promise<void> {
  const path = join(dir, `${name}.ndjson`);
  writeFileSync(path, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
  const spec = Object.entries(columns).map(([k, t]) => `${sqlString(k)}: ${sqlString(t)}`).join(', ');
  await conn.run(`CREATE OR REPLACE TABLE ${name} AS SELECT * FROM read_json(${sqlString(path)}, format = 'newline_delimited', columns = {${spec}})`);
}

/** Loads items and commitments and builds the one-row list table `dims`. */
export async function loadDims(conn: DuckDBConnection, dir: string, model: Model): Promise<void> {
  const items = model.items.map((i) => ({
    idx: i.index,
    account_id: i.account.id,
    account_name: i.account.name,
    product_code: i.productCode,
    product_name: i.productName,
    service_code: i.serviceCode,
    service_category: i.serviceCategory,
    service_subcategory: i.serviceSubcategory,
    product_family: i.productFamily,
    usage_type: i.usageType,
    operation: i.operation,
    unit: i.unit,
    region_code: i.region?.code ?? null,
    region_name: i.region?.name ?? null,
    zone: i.zone,
    resource_id: i.resourceId,
    resource_type: i.resourceType,
    description: i.description,
    rate: i.rateMu > 0 ? formatMu(i.rateMu) : null,
    amount_unit: (10 ** -i.amountScale).toFixed(6),
    sku: i.sku,
    billing_entity: i.billingEntity,
    legal_entity: i.legalEntity,
    instance_type: i.instanceType,
    instance_family: i.instanceFamily,
    vcpu: i.vcpu === null ? null : String(i.vcpu),
    memory: i.memoryGiB === null ? null : `${i.memoryGiB} GiB`,
    operating_system: i.operatingSystem,
    database_engine: i.databaseEngine,
    tenancy: i.instanceFamily ? 'Shared' : null,
    normalization_factor: i.instanceType && i.productCode === 'AmazonEC2' ? (NORMALIZATION_FACTOR[i.instanceType.split('.').pop() ?? ''] ?? null) : null,
    tags: i.tags,
    tags_cur2: Object.fromEntries(Object.entries(i.tags).map(([k, v]) => [cur2TagKey(k), v])),
    // keys sorted, and {} rather than null for no tags: what the CUR formats' tag columns load as
    tags_json: JSON.stringify(Object.fromEntries(Object.entries(i.tags).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))),
  }));
  // CUR 2.0's product map depends on the item only: built once here, not once per line.
  const withProduct = items.map((row) => ({
    ...row,
    product_map: Object.fromEntries(Object.entries(PRODUCT_MAP_KEYS).flatMap(([key, attr]) => {
      const v = (row as Record<string, unknown>)[attr];
      return v === null || v === undefined ? [] : [[key, String(v)]];
    })),
  }));
  await loadJsonTable(conn, dir, 'items', withProduct, {
    idx: 'INTEGER', account_id: 'VARCHAR', account_name: 'VARCHAR', product_code: 'VARCHAR', product_name: 'VARCHAR', service_code: 'VARCHAR',
    service_category: 'VARCHAR', service_subcategory: 'VARCHAR', product_family: 'VARCHAR', usage_type: 'VARCHAR', operation: 'VARCHAR', unit: 'VARCHAR',
    region_code: 'VARCHAR', region_name: 'VARCHAR', zone: 'VARCHAR', resource_id: 'VARCHAR', resource_type: 'VARCHAR', description: 'VARCHAR',
    rate: 'DECIMAL(38,10)', amount_unit: 'DECIMAL(38,6)', sku: 'VARCHAR', billing_entity: 'VARCHAR', legal_entity: 'VARCHAR', instance_type: 'VARCHAR',
    instance_family: 'VARCHAR', vcpu: 'VARCHAR', memory: 'VARCHAR', operating_system: 'VARCHAR', database_engine: 'VARCHAR', tenancy: 'VARCHAR',
    normalization_factor: 'DOUBLE', tags: 'MAP(VARCHAR, VARCHAR)', tags_cur2: 'MAP(VARCHAR, VARCHAR)', tags_json: 'VARCHAR', product_map: 'MAP(VARCHAR, VARCHAR)',
  });
  const cmts = model.commitments.map((c) => ({
    idx: c.index,
    arn: c.arn,
    kind: c.kind,
    offering_type: OFFERING_TYPE[c.kind],
    payment_option: c.paymentOption,
    term: `${c.termYears}yr`,
    start_str: iso(c.start, true),
    end_str: iso(c.end, true),
    region: c.kind === 'ComputeSavingsPlan' ? null : c.regionCode,
    instance_family: c.instanceFamily,
    count: c.count,
    upfront: formatMu(c.upfrontMu),
  }));
  await loadJsonTable(conn, dir, 'cmts', cmts, {
    idx: 'INTEGER', arn: 'VARCHAR', kind: 'VARCHAR', offering_type: 'VARCHAR', payment_option: 'VARCHAR', term: 'VARCHAR', start_str: 'VARCHAR',
    end_str: 'VARCHAR', region: 'VARCHAR', instance_family: 'VARCHAR', count: 'INTEGER', upfront: 'DECIMAL(38,10)',
  });
  const itemCols = Object.keys(withProduct[0] ?? {}).filter((k) => k !== 'idx');
  const cmtCols = Object.keys(cmts[0] ?? {}).filter((k) => k !== 'idx');
  await conn.run(
    `CREATE OR REPLACE TABLE dims AS SELECT * FROM (SELECT ${itemCols.map((c) => `list(${c} ORDER BY idx) AS ${c}`).join(', ')} FROM items), ` +
      `(SELECT ${cmtCols.map((c) => `list(${c} ORDER BY idx) AS c_${c}`).join(', ')} FROM cmts)`,
  );
}

/** (Re)builds the one-row table `pers` of charge periods when new ones appeared. */
export async function loadPeriods(conn: DuckDBConnection, dir: string, periods: Periods): Promise<void> {
  const rows = periods.starts.map((s, i) => {
    const e = periods.ends[i] as number;
    return { idx: i, s: s * 1_000_000, e: e * 1_000_000, start_str: iso(s, true), end_str: iso(e, true), interval: `${iso(s, false)}/${iso(e, false)}` };
  });
  await loadJsonTable(conn, dir, 'periods', rows, { idx: 'INTEGER', s: 'BIGINT', e: 'BIGINT', start_str: 'VARCHAR', end_str: 'VARCHAR', interval: 'VARCHAR' });
  await conn.run(
    'CREATE OR REPLACE TABLE pers AS SELECT list(make_timestamp(s) ORDER BY idx) AS p_start, list(make_timestamp(e) ORDER BY idx) AS p_end, ' +
      'list(start_str ORDER BY idx) AS p_start_str, list(end_str ORDER BY idx) AS p_end_str, list(interval ORDER BY idx) AS p_interval FROM periods',
  );
}
