// AWS CUR 2.0 (Data Exports) as Parquet: snake_case columns with AWS's types (costs and
// quantities DOUBLE, rates strings, dates TIMESTAMP), `product`, `resource_tags`,
// `cost_category` and `discount` as maps. Layout: <prefix>/<export>/data/BILLING_PERIOD=YYYY-MM/
// <export>-<nnnnn>.snappy.parquet, manifest under metadata/BILLING_PERIOD=YYYY-MM/.
import type { DuckDBConnection } from '@duckdb/node-api';
import { CUR_COLUMNS, type CurColumn } from './cur-columns.ts';
import { dim, lit, fromPart, type PartContext } from './sql.ts';
import { REPORT, stableUuid, type FormatWriter, type Manifest } from './format.ts';

function cur2Expr(c: CurColumn, ctx: PartContext): string {
  const e = c.expr(ctx);
  if (typeof e !== 'string') return e.ts;
  if (c.type === 'money' || c.type === 'quantity' || c.type === 'double') return `(${e})::DOUBLE`;
  if (c.type === 'rate') return `(${e})::VARCHAR`;
  return e;
}

const TOP = CUR_COLUMNS.filter((c) => !c.cur2.startsWith('product.'));

/** Keys of the CUR 2.0 `product` map and the item attribute each comes from. */
export const PRODUCT_MAP_KEYS: Record<string, string> = Object.fromEntries(
  CUR_COLUMNS.filter((c) => c.attr !== undefined).map((c) => [c.cur2.slice('product.'.length), c.attr as string]),
);

function select(ctx: PartContext): string {
  const top = TOP.map((c) => `${cur2Expr(c, ctx)} AS ${c.cur2}`);
  const maps = [
    `${dim('product_map')} AS product`,
    `${dim('tags_cur2')} AS resource_tags`,
    `MAP {}::MAP(VARCHAR, VARCHAR) AS cost_category`,
    `MAP {}::MAP(VARCHAR, DOUBLE) AS discount`,
  ];
  return `SELECT ${[...top, ...maps].join(', ')} ${fromPart(ctx)}`;
}

export const CUR2_MAP_COLUMNS = ['product', 'resource_tags', 'cost_category', 'discount'] as const;

export function cur2Writer(): FormatWriter {
  const base = `${REPORT.cur2Prefix}/${REPORT.cur2Name}`;
  return {
    format: 'cur2-parquet',
    partPath: (ctx, part) => `${base}/data/BILLING_PERIOD=${ctx.month.key}/${REPORT.cur2Name}-${String(part).padStart(5, '0')}.snappy.parquet`,
    async writePart(conn: DuckDBConnection, ctx: PartContext, path: string) {
      await conn.run(`COPY (${select(ctx)}) TO ${lit(path)} (FORMAT parquet, COMPRESSION snappy)`);
    },
    manifest(ctx: PartContext, parts: readonly string[]): Manifest {
      const exportArn = `arn:aws:bcm-data-exports:us-east-1:${ctx.payerId}:export/${REPORT.cur2Name}-${stableUuid(`${ctx.seed}/export`)}`;
      return {
        path: `${base}/metadata/BILLING_PERIOD=${ctx.month.key}/${REPORT.cur2Name}-Manifest.json`,
        json: {
          executionId: stableUuid(`${ctx.seed}/${ctx.month.key}/execution`),
          exportArn,
          exportName: REPORT.cur2Name,
          queryStatement: 'SELECT * FROM COST_AND_USAGE_REPORT',
          tableConfigurations: { COST_AND_USAGE_REPORT: { TIME_GRANULARITY: ctx.grain.toUpperCase(), INCLUDE_RESOURCES: 'TRUE', INCLUDE_SPLIT_COST_ALLOCATION_DATA: 'FALSE', INCLUDE_MANUAL_DISCOUNT_COMPATIBILITY: 'FALSE' } },
          billingPeriod: { start: new Date(ctx.month.start * 1000).toISOString(), end: new Date(ctx.month.end * 1000).toISOString() },
          bucket: REPORT.bucket,
          dataFiles: parts.map((p) => `s3://${REPORT.bucket}/${p}`),
          columns: [...TOP.map((c) => c.cur2), ...CUR2_MAP_COLUMNS],
        },
      };
    },
  };
}
