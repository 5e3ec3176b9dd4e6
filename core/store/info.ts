// What the workspace holds: periods, providers, currencies, row counts and the import history.
import { sql } from '../sql/index.ts';
import type { Db } from './db.ts';
import { listFailedImports, type FailedImportRecord } from './failed-imports.ts';
import type { JsonRow } from './values.ts';
import type { Workspace } from './workspace.ts';

export interface ImportRecord {
  id: number;
  source: string;
  path: string | null;
  contentHash: string;
  format: string;
  billingPeriods: string[];
  billingAccounts: string[];
  providers: string[];
  currency: string | null;
  rows: number;
  bytes: number;
  billedCost: number | null;
  status: 'loaded' | 'replaced' | 'removed';
  replacedBy: number | null;
  loadedAt: string;
  /** The AWS delivery (assembly or execution id) the file belonged to; null when it carried none. */
  deliveryId: string | null;
}

export interface PeriodSummary {
  billingPeriod: string;
  providerName: string;
  billingAccountId: string;
  currency: string;
  rows: number;
  billedCost: number;
  effectiveCost: number;
}

/** Exact totals per billing currency, summed in the database and rounded once, to the cent. */
export interface CurrencyTotal {
  currency: string;
  rows: number;
  billedCost: number;
  effectiveCost: number;
}

export interface WorkspaceInfo {
  path: string;
  schemaVersion: number;
  rows: number;
  /** Per period, rounded to the cent each; `totals` are the exact sums (adding periods can be a cent off). */
  periods: PeriodSummary[];
  totals: CurrencyTotal[];
  providers: string[];
  currencies: string[];
  lastImport: ImportRecord | null;
  imports: ImportRecord[];
  /** The newest failed or cancelled import attempts (they changed nothing), newest first. */
  failedImports: FailedImportRecord[];
}

function toImport(r: JsonRow): ImportRecord {
  return {
    id: Number(r.id),
    source: String(r.source),
    path: r.path === null ? null : String(r.path),
    contentHash: String(r.content_hash),
    format: String(r.format),
    billingPeriods: (r.billing_periods as string[]) ?? [],
    billingAccounts: (r.billing_accounts as string[]) ?? [],
    providers: (r.providers as string[]) ?? [],
    currency: r.currency === null ? null : String(r.currency),
    rows: Number(r.rows),
    bytes: Number(r.bytes),
    billedCost: r.billed_cost === null ? null : Number(r.billed_cost),
    status: r.status as ImportRecord['status'],
    replacedBy: r.replaced_by === null ? null : Number(r.replaced_by),
    loadedAt: String(r.loaded_at),
    deliveryId: r.delivery_id === null || r.delivery_id === undefined ? null : String(r.delivery_id),
  };
}

export async function listImports(db: Db): Promise<ImportRecord[]> {
  const rows = await db.all(sql`SELECT * FROM imports ORDER BY id DESC`);
  return rows.map(toImport);
}

/** The summary's rows, as the focus queries below give them (an engine's derived table may give the same). */
export interface SummaryRows {
  periods: JsonRow[];
  totals: JsonRow[];
}

/** The same rows from a table derived from focus, or null when it cannot give them now (not fresh). */
export type SummarySource = (db: Db) => Promise<SummaryRows | null>;

async function summaryFromFocus(db: Db): Promise<SummaryRows> {
  const periods = await db.all(sql`
    SELECT strftime(BillingPeriodStart, '%Y-%m') AS billing_period, ProviderName AS provider, BillingAccountId AS account,
      BillingCurrency AS currency, count(*) AS n, round(sum(BilledCost), 2) AS billed, round(sum(EffectiveCost), 2) AS effective
    FROM focus GROUP BY ALL ORDER BY 1, 2, 3, 4`);
  const totals = await db.all(sql`
    SELECT BillingCurrency AS currency, count(*) AS n, round(sum(BilledCost), 2) AS billed, round(sum(EffectiveCost), 2) AS effective
    FROM focus GROUP BY BillingCurrency ORDER BY BillingCurrency`);
  return { periods, totals };
}

export async function readWorkspaceInfo(ws: Workspace, derived?: SummarySource): Promise<WorkspaceInfo> {
  const db = ws.db;
  const { periods, totals } = (await derived?.(db)) ?? (await summaryFromFocus(db));
  const imports = await listImports(db);
  const schemaVersion = Number(await db.value(sql`SELECT coalesce(max(version), 0) FROM schema_version`));
  return {
    path: ws.path,
    schemaVersion,
    rows: periods.reduce((s, p) => s + Number(p.n), 0),
    periods: periods.map((p) => ({
      billingPeriod: String(p.billing_period),
      providerName: String(p.provider),
      billingAccountId: String(p.account),
      currency: String(p.currency),
      rows: Number(p.n),
      billedCost: Number(p.billed),
      effectiveCost: Number(p.effective),
    })),
    totals: totals.map((r) => ({ currency: String(r.currency ?? ''), rows: Number(r.n), billedCost: Number(r.billed ?? 0), effectiveCost: Number(r.effective ?? 0) })),
    providers: [...new Set(periods.map((p) => String(p.provider)))].sort(),
    currencies: [...new Set(periods.map((p) => String(p.currency)))].sort(),
    lastImport: imports.find((i) => i.status !== 'removed') ?? null,
    imports,
    failedImports: await listFailedImports(db),
  };
}
