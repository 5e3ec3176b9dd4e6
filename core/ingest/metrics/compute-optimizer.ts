// AWS Compute Optimizer's EC2 instance recommendations export (CSV, one row per instance; column
// names as the export writes them, matched without regard to case since Athena lowercases them).
// Kept in compute_optimizer_ec2 (migration 072) as evidence beside our own rightsizing; only the
// first-ranked option is kept. A later import of an instance replaces the earlier row.
import { ErrorCode, WorkbenchError } from '../../errors.ts';
import type { Db } from '../../store/db.ts';
import { sql } from '../../sql/index.ts';
import { splitCsvLine } from '../sniff.ts';
import { unknownResources } from './bill-checks.ts';
import { MetricFormat } from './constants.ts';
import { readLines } from './read.ts';
import type { ImportRecordInput, RecordedImport } from './store.ts';
import { badValue, byLine, textOrNull, toNumber, toTime } from './values.ts';

/** The export's columns this table keeps, as the export names them. */
export const CoColumn = {
  AccountId: 'accountId',
  InstanceArn: 'instanceArn',
  InstanceName: 'instanceName',
  Finding: 'finding',
  FindingReasons: 'findingReasonCodes',
  CurrentType: 'currentInstanceType',
  CurrentRisk: 'currentPerformanceRisk',
  CpuMax: 'utilizationMetrics_CPU_MAXIMUM',
  MemoryMax: 'utilizationMetrics_MEMORY_MAXIMUM',
  Lookback: 'lookbackPeriodInDays',
  RecommendedType: 'recommendationOptions_1_instanceType',
  RecommendedRisk: 'recommendationOptions_1_performanceRisk',
  Savings: 'recommendationOptions_1_estimatedMonthlySavings_value',
  SavingsCurrency: 'recommendationOptions_1_estimatedMonthlySavings_currency',
  CurrentPrice: 'current_onDemandPrice',
  RecommendedPrice: 'recommendationOptions_1_onDemandPrice',
  LastRefresh: 'lastRefreshTimestamp_UTC',
} as const;

export const CO_REQUIRED = [CoColumn.AccountId, CoColumn.InstanceArn, CoColumn.Finding, CoColumn.CurrentType] as const;

const ARN = /^arn:aws[a-z-]*:ec2:([a-z0-9-]+):(\d{12}):instance\/(i-[0-9a-f]+)$/;
const EXACT_MONEY = /^-?\d+(\.\d+)?$/;

interface CoRow {
  line: number;
  values: (string | number | null)[];
  arn: string;
  instanceId: string;
}

export async function loadComputeOptimizer(db: Db, path: string, display: string, rec: ImportRecordInput): Promise<{ recorded: RecordedImport; warnings: string[] } | null> {
  let col: Map<string, number> | null = null;
  const rows: CoRow[] = [];
  for await (const [line, n] of readLines(path)) {
    if (line.trim() === '') continue;
    const cells = splitCsvLine(line);
    if (!col) {
      col = new Map(cells.map((c, i) => [c.trim().toLowerCase(), i]));
      const missing = CO_REQUIRED.filter((c) => !col!.has(c.toLowerCase()));
      if (missing.length > 0) {
        throw new WorkbenchError(ErrorCode.INGEST_MISSING_COLUMNS, `${display} looks like a Compute Optimizer EC2 export but lacks ${missing.join(', ')}. Export the recommendations with these fields and load again; nothing was loaded.`, { file: display, missing });
      }
      continue;
    }
    const where = byLine(n);
    const cell = (name: string): string | null => {
      const i = col!.get(name.toLowerCase());
      return i === undefined ? null : textOrNull(cells[i]);
    };
    const money = (name: string): string | null => {
      const v = cell(name);
      if (v !== null && !EXACT_MONEY.test(v)) throw badValue(display, where, `${name} is ${JSON.stringify(v)}, not an amount`);
      return v;
    };
    const arn = cell(CoColumn.InstanceArn);
    const m = arn ? ARN.exec(arn) : null;
    if (!arn || !m) throw badValue(display, where, `instanceArn ${arn ? JSON.stringify(arn) : 'is empty'}, not an EC2 instance ARN (arn:aws:ec2:REGION:ACCOUNT:instance/i-...)`);
    const finding = cell(CoColumn.Finding);
    const current = cell(CoColumn.CurrentType);
    if (!finding || !current) throw badValue(display, where, `the row has no ${finding ? 'currentInstanceType' : 'finding'}`);
    const refresh = cell(CoColumn.LastRefresh);
    const lookback = toNumber(cell(CoColumn.Lookback), display, where, CoColumn.Lookback);
    rows.push({
      line: n, arn, instanceId: m[3]!,
      values: [
        cell(CoColumn.AccountId) ?? m[2]!, arn, m[3]!, m[1]!, cell(CoColumn.InstanceName), finding, cell(CoColumn.FindingReasons), current, cell(CoColumn.CurrentRisk),
        toNumber(cell(CoColumn.CpuMax), display, where, CoColumn.CpuMax), toNumber(cell(CoColumn.MemoryMax), display, where, CoColumn.MemoryMax),
        lookback === null ? null : Math.round(lookback), cell(CoColumn.RecommendedType), cell(CoColumn.RecommendedRisk),
        money(CoColumn.Savings), cell(CoColumn.SavingsCurrency), money(CoColumn.CurrentPrice), money(CoColumn.RecommendedPrice),
        refresh === null ? null : new Date(toTime(refresh, display, where)).toISOString().replace('T', ' ').replace('Z', ''),
      ],
    });
  }
  if (rows.length === 0) return null;
  const seen = new Map<string, number>();
  for (const r of rows) {
    const first = seen.get(r.arn);
    if (first !== undefined) throw new WorkbenchError(ErrorCode.INGEST_METRIC_DUPLICATE, `${display}: lines ${first} and ${r.line} are both for ${r.arn}. Keep one; nothing was loaded.`, { file: display, instanceArn: r.arn });
    seen.set(r.arn, r.line);
  }
  const importId = Number(
    await db.value(sql`INSERT INTO imports (source, path, content_hash, format, billing_periods, billing_accounts, providers, rows, bytes, status)
      VALUES (${rec.source}, ${rec.path}, ${rec.sha256}, ${MetricFormat.ComputeOptimizerEc2}, [], CAST(${JSON.stringify([...new Set(rows.map((r) => String(r.values[0])))].sort())} AS VARCHAR[]), ['AWS'], ${rows.length}, ${rec.bytes}, 'loaded') RETURNING id`),
  );
  const arns = JSON.stringify(rows.map((r) => r.arn));
  const touched = await db.all(sql`SELECT DISTINCT import_id FROM compute_optimizer_ec2 WHERE list_contains(CAST(${arns} AS VARCHAR[]), instance_arn) ORDER BY 1`);
  await db.run(sql`DELETE FROM compute_optimizer_ec2 WHERE list_contains(CAST(${arns} AS VARCHAR[]), instance_arn)`);
  for (const t of touched) {
    const id = Number(t.import_id);
    await db.run(sql`UPDATE imports SET rows = (SELECT count(*) FROM compute_optimizer_ec2 WHERE import_id = ${id}) WHERE id = ${id}`);
    await db.run(sql`UPDATE imports SET status = 'replaced', replaced_by = ${importId} WHERE id = ${id} AND rows = 0`);
  }
  for (const r of rows) {
    const [account, arn, id, region, name, finding, reasons, current, risk, cpu, mem, lookback, recType, recRisk, savings, currency, curPrice, recPrice, refresh] = r.values;
    await db.run(sql`INSERT INTO compute_optimizer_ec2 VALUES (${importId}, ${account!}, ${arn!}, ${id!}, ${region!}, ${name!}, ${finding!}, ${reasons!}, ${current!}, ${risk!},
      ${cpu!}::DOUBLE, ${mem!}::DOUBLE, ${lookback!}::INTEGER, ${recType!}, ${recRisk!}, CAST(${savings!} AS DECIMAL(38, 12)), ${currency!},
      CAST(${curPrice!} AS DECIMAL(38, 12)), CAST(${recPrice!} AS DECIMAL(38, 12)), CAST(${refresh!} AS TIMESTAMP))`);
  }
  const warnings = await unknownResources(db, display, sql`SELECT DISTINCT instance_id AS resource_id FROM compute_optimizer_ec2 WHERE import_id = ${importId}`);
  return { recorded: { importId, rows: rows.length, months: [], replacedImports: touched.map((t) => Number(t.import_id)) }, warnings };
}
