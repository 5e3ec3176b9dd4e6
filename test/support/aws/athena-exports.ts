// Athena tables the way AWS Data Exports leave them in S3, for the pull tests: Parquet files under
// `<export>/data/BILLING_PERIOD=YYYY-MM/`, registered in the local Athena over the fake S3.
// - CUR 2.0: the hand-checked legacy fixture in its CUR 2.0 form (cur-forms.ts), with a
//   `cost_category` map (Environment=prod where the Team tag is payments) and L01's discount, in two files for
//   2025-11, and a copy moved one month back as 2025-10 (which a pull of 2025-11 must not read).
// - FOCUS: test/fixtures/focus/aws-focus-export.csv as AWS writes it to Parquet and Glue names it
//   (lower-case columns, Tags and x_CostCategories as maps), with the same 2025-10 copy.
// A `_SUCCESS` marker sits in each 2025-11 folder: Athena and the estimate skip such files.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { FIXTURES } from '../workspace.ts';
import type { AwsServer } from './server.ts';

export const FOCUS_EXPORT_CSV = join(FIXTURES, 'focus', 'aws-focus-export.csv');

/**
 * Billed and effective cost per sub account and service of aws-focus-export.csv, by hand:
 * 111…/Savings Plans billed 1.000 (recurring fee) + 0 (unused row), effective 0 + 0.940;
 * 222…/EC2 billed 0.096 + 0.096 + 0 + 0.050 (tax), effective 0.096 + 0.096 + 0.060 + 0.050;
 * 222…/S3 billed and effective 0.023 − 0.010 (credit).
 */
export const FOCUS_TOTALS = [
  { account: '111111111111', service: 'Savings Plans for AWS Compute usage', billed: '1.000000000000', effective: '0.940000000000' },
  { account: '222222222222', service: 'Amazon Elastic Compute Cloud', billed: '0.242000000000', effective: '0.302000000000' },
  { account: '222222222222', service: 'Amazon Simple Storage Service', billed: '0.013000000000', effective: '0.013000000000' },
];

export interface ExportTable {
  database: string;
  table: string;
  location: string;
  /** The S3 keys of the 2025-11 data files and their sizes. */
  periodFiles: { key: string; bytes: number }[];
}

const FOCUS_MONEY = ['BilledCost', 'EffectiveCost', 'ListCost', 'ContractedCost', 'ConsumedQuantity', 'PricingQuantity'];
const FOCUS_TIMES = ['BillingPeriodStart', 'BillingPeriodEnd', 'ChargePeriodStart', 'ChargePeriodEnd'];
const FOCUS_MAPS = ['Tags', 'x_CostCategories'];

async function put(server: AwsServer, bucket: string, key: string, file: string): Promise<{ key: string; bytes: number }> {
  const body = await readFile(file);
  server.s3.put(bucket, key, body);
  return { key, bytes: body.length };
}

/** Writes the table's files to S3 (two for 2025-11, one for 2025-10) and registers it in Athena. */
async function register(server: AwsServer, dir: string, select: string, shiftedSelect: string, where: { bucket: string; prefix: string; name: string; database: string; table: string }): Promise<ExportTable> {
  const db = await DuckDBInstance.create(':memory:');
  const c = await db.connect();
  await c.run(`SET TimeZone = 'UTC'`);
  await c.run(`CREATE TABLE t AS ${select}`);
  const files = {
    a: join(dir, `${where.table}-a.parquet`),
    b: join(dir, `${where.table}-b.parquet`),
    old: join(dir, `${where.table}-old.parquet`),
  };
  await c.run(`COPY (SELECT * FROM t WHERE rn % 2 = 0) TO '${files.a}' (FORMAT parquet)`);
  await c.run(`COPY (SELECT * FROM t WHERE rn % 2 = 1) TO '${files.b}' (FORMAT parquet)`);
  await c.run(`COPY (${shiftedSelect}) TO '${files.old}' (FORMAT parquet)`);
  c.closeSync();
  db.closeSync();
  const data = `${where.prefix}/${where.name}/data`;
  const periodFiles = [
    await put(server, where.bucket, `${data}/BILLING_PERIOD=2025-11/${where.name}-00001.snappy.parquet`, files.a),
    await put(server, where.bucket, `${data}/BILLING_PERIOD=2025-11/${where.name}-00002.snappy.parquet`, files.b),
  ];
  server.s3.put(where.bucket, `${data}/BILLING_PERIOD=2025-11/_SUCCESS`, '');
  await put(server, where.bucket, `${data}/BILLING_PERIOD=2025-10/${where.name}-00001.snappy.parquet`, files.old);
  server.s3.put(where.bucket, `${where.prefix}/${where.name}/metadata/BILLING_PERIOD=2025-11/${where.name}-Manifest.json`, '{}');
  const location = `s3://${where.bucket}/${data}/`;
  await server.athena.addTableFromS3(where.database, where.table, location, ['billing_period']);
  return { database: where.database, table: where.table, location, periodFiles };
}

/** The CUR 2.0 form of the legacy fixture as a Data Exports table `cur2.my_export`. */
export async function putCur2Export(server: AwsServer, cur2Parquet: string, dir: string): Promise<ExportTable> {
  const costCategory = `CASE WHEN resource_tags['user_team'] = 'payments' THEN MAP {'Environment': 'prod'} ELSE MAP {}::MAP(VARCHAR, VARCHAR) END AS cost_category`;
  // Discounts as CUR 2.0 writes them: a total column and the `discount` map (here L01's $0.05).
  const discount = `CASE WHEN identity_line_item_id = 'L01' THEN -0.05 ELSE 0 END::DOUBLE AS discount_total_discount, CASE WHEN identity_line_item_id = 'L01' THEN MAP {'edp_discount': -0.05} ELSE MAP {}::MAP(VARCHAR, DOUBLE) END AS discount`;
  const select = `SELECT *, ${costCategory}, ${discount}, row_number() OVER () AS rn FROM read_parquet('${cur2Parquet}')`;
  const shift = (cols: string[]) => cols.map((c) => `${c} - INTERVAL 1 MONTH AS ${c}`).join(', ');
  const shifted = `SELECT * REPLACE (${shift(['bill_billing_period_start_date', 'bill_billing_period_end_date', 'line_item_usage_start_date', 'line_item_usage_end_date'])}) FROM t`;
  return register(server, dir, select, shifted, { bucket: 'cur-data', prefix: 'exports', name: 'my-export', database: 'cur2', table: 'my_export' });
}

/** aws-focus-export.csv as an AWS FOCUS export table `focus.focus_export`. */
export async function putFocusExport(server: AwsServer, dir: string): Promise<ExportTable> {
  const cast = (name: string) => {
    const col = `"${name}"`;
    if (FOCUS_MONEY.includes(name)) return `CAST(${col} AS DOUBLE) AS ${name.toLowerCase()}`;
    if (FOCUS_TIMES.includes(name)) return `CAST(rtrim(${col}, 'Z') AS TIMESTAMP) AS ${name.toLowerCase()}`;
    if (FOCUS_MAPS.includes(name)) return `CAST(CAST(${col} AS JSON) AS MAP(VARCHAR, VARCHAR)) AS ${name.toLowerCase()}`;
    return `${col} AS ${name.toLowerCase()}`;
  };
  const header = (await readFile(FOCUS_EXPORT_CSV, 'utf8')).split('\n')[0]!.split(',');
  const select = `SELECT ${header.map(cast).join(', ')}, row_number() OVER () AS rn FROM read_csv('${FOCUS_EXPORT_CSV}', all_varchar = true, header = true)`;
  const times = FOCUS_TIMES.map((n) => n.toLowerCase());
  const shifted = `SELECT * REPLACE (${times.map((c) => `${c} - INTERVAL 1 MONTH AS ${c}`).join(', ')}) FROM t`;
  return register(server, dir, select, shifted, { bucket: 'focus-data', prefix: 'exports', name: 'focus-export', database: 'focus', table: 'focus_export' });
}
