// One metric file's points, as its parser reads them, appended to a temporary table inside the
// ingest's transaction. Every check (units, duplicates, gaps, unknown resources) then runs in SQL
// on the whole file at once, and a refusal can still name the file's line.
import { DuckDBTimestampValue } from '@duckdb/node-api';
import type { DuckDBAppender } from '@duckdb/node-api';
import type { Db } from '../../store/db.ts';
import { ident, sql } from '../../sql/index.ts';

/** The temporary table a file's points wait in (dropped with the transaction, or after the file). */
export const STAGE_TABLE = 'metric_stage';
export const STAGE = ident(STAGE_TABLE);

export interface MetricPoint {
  /** Where in the file: its line (1-based), or the JSON path of the value. */
  line: number;
  resourceId: string;
  accountId: string | null;
  region: string | null;
  namespace: string;
  metric: string;
  /** UTC milliseconds of the period's start. */
  time: number;
  /** null when the file does not say; inferred from the spacing of the timestamps. */
  periodSeconds: number | null;
  maximum: number | null;
  average: number | null;
  minimum: number | null;
  sampleCount: number | null;
  p95: number | null;
  p99: number | null;
  /** The unit as the file gives it, or null when it gives none. */
  unit: string | null;
}

const DOUBLES = ['maximum', 'average', 'minimum', 'sampleCount', 'p95', 'p99'] as const;

export class StageWriter {
  private constructor(private readonly appender: DuckDBAppender) {}
  rows = 0;

  static async open(db: Db): Promise<StageWriter> {
    await db.run(sql`DROP TABLE IF EXISTS temp.main.${STAGE}`);
    await db.run(sql`CREATE TEMP TABLE ${STAGE} (
      line BIGINT NOT NULL, resource_id VARCHAR NOT NULL, account_id VARCHAR, region VARCHAR, namespace VARCHAR NOT NULL,
      metric VARCHAR NOT NULL, period_start TIMESTAMP NOT NULL, period_seconds INTEGER,
      maximum DOUBLE, average DOUBLE, minimum DOUBLE, sample_count DOUBLE, p95 DOUBLE, p99 DOUBLE, unit_raw VARCHAR)`);
    return new StageWriter(await db.conn.createAppender(STAGE_TABLE, 'main', 'temp'));
  }

  append(p: MetricPoint): void {
    const a = this.appender;
    a.appendBigInt(BigInt(p.line));
    a.appendVarchar(p.resourceId);
    text(a, p.accountId);
    text(a, p.region);
    a.appendVarchar(p.namespace);
    a.appendVarchar(p.metric);
    a.appendTimestamp(new DuckDBTimestampValue(BigInt(p.time) * 1000n));
    if (p.periodSeconds === null) a.appendNull();
    else a.appendInteger(p.periodSeconds);
    for (const k of DOUBLES) {
      const v = p[k];
      if (v === null) a.appendNull();
      else a.appendDouble(v);
    }
    text(a, p.unit);
    a.endRow();
    this.rows++;
  }

  close(): void {
    this.appender.flushSync();
    this.appender.closeSync();
  }
}

function text(a: DuckDBAppender, v: string | null): void {
  if (v === null) a.appendNull();
  else a.appendVarchar(v);
}

export async function dropStage(db: Db): Promise<void> {
  await db.run(sql`DROP TABLE IF EXISTS temp.main.${STAGE}`);
}
