// AWS legacy CUR as gzipped CSV with slash headers, laid out as AWS delivers it to S3:
// <prefix>/<report>/<YYYYMMDD-YYYYMMDD>/<assemblyId>/<report>-<n>.csv.gz, and beside the
// assembly folders the month's <report>-Manifest.json listing the columns and report keys.
import type { DuckDBConnection } from '@duckdb/node-api';
import { CUR_COLUMNS, type CurColumn } from './cur-columns.ts';
import { dim, lit, fromPart, type PartContext } from './sql.ts';
import { REPORT, compactDate, stableUuid, type FormatWriter, type Manifest } from './format.ts';
import { legacyTagColumn } from '../tags.ts';

const quoteId = (s: string): string => `"${s.replaceAll('"', '""')}"`;

function legacyExpr(c: CurColumn, ctx: PartContext): string {
  const e = c.expr(ctx);
  return typeof e === 'string' ? e : e.str;
}

/** Manifest column types as AWS writes them. */
function manifestType(c: CurColumn): string {
  if (c.type === 'time') return 'DateTime';
  if (c.legacy === 'identity/TimeInterval') return 'Interval';
  if (c.legacy === 'lineItem/UsageAmount' || c.legacy === 'lineItem/UnblendedCost') return 'BigDecimal';
  if (c.type === 'string') return c.legacy.startsWith('identity/') || c.legacy.startsWith('bill/') ? 'String' : 'OptionalString';
  return 'OptionalBigDecimal';
}

export function legacyColumns(tagKeys: readonly string[]): { name: string; type: string }[] {
  return [
    ...CUR_COLUMNS.filter((c) => c.legacy !== '').map((c) => ({ name: c.legacy, type: manifestType(c) })),
    ...tagKeys.map((k) => ({ name: legacyTagColumn(k), type: 'OptionalString' })),
  ];
}

export function curLegacyWriter(tagKeys: readonly string[]): FormatWriter {
  const period = (ctx: PartContext): string => `${compactDate(ctx.month.start)}-${compactDate(ctx.month.end)}`;
  const assembly = (ctx: PartContext): string => stableUuid(`${ctx.seed}/${ctx.month.key}/assembly`);
  const base = `${REPORT.legacyPrefix}/${REPORT.legacyName}`;
  return {
    format: 'cur-legacy-csv',
    partPath: (ctx, part) => `${base}/${period(ctx)}/${assembly(ctx)}/${REPORT.legacyName}-${part}.csv.gz`,
    // Plain CSV here; PartWriter gzips it off DuckDB's writer thread (see gzip-part.ts).
    gzipAfterWrite: true,
    async writePart(conn: DuckDBConnection, ctx: PartContext, path: string) {
      const cols = CUR_COLUMNS.filter((c) => c.legacy !== '').map((c) => `${legacyExpr(c, ctx)} AS ${quoteId(c.legacy)}`);
      const tags = tagKeys.map((k) => `${dim('tags')}[${lit(k)}] AS ${quoteId(legacyTagColumn(k))}`);
      await conn.run(`COPY (SELECT ${[...cols, ...tags].join(', ')} ${fromPart(ctx)}) TO ${lit(path)} (FORMAT csv, HEADER true, COMPRESSION none)`);
    },
    manifest(ctx: PartContext, parts: readonly string[]): Manifest {
      const columns = legacyColumns(tagKeys).map(({ name, type }) => {
        const slash = name.indexOf('/');
        return { category: name.slice(0, slash), name: name.slice(slash + 1), type };
      });
      const stamp = (t: number): string => `${compactDate(t)}T000000.000Z`;
      return {
        path: `${base}/${period(ctx)}/${REPORT.legacyName}-Manifest.json`,
        json: {
          assemblyId: assembly(ctx),
          account: ctx.payerId,
          columns,
          charset: 'UTF-8',
          compression: 'GZIP',
          contentType: 'text/csv',
          reportId: stableUuid(`${ctx.seed}/report`).replaceAll('-', ''),
          reportName: REPORT.legacyName,
          billingPeriod: { start: stamp(ctx.month.start), end: stamp(ctx.month.end) },
          bucket: REPORT.bucket,
          reportKeys: [...parts],
          additionalArtifactKeys: [],
        },
      };
    },
  };
}
