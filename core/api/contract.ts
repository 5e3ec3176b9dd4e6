// WorkbenchApi: the one contract every transport (in-process, Electron IPC, HTTP) speaks.
// Requests are plain JSON validated by these schemas (unknown fields are refused); responses
// are plain JSON; errors are ApiError data with stable codes.
import * as z from 'zod';
import type { JsonRow } from '../store/values.ts';
import type { CallContext } from './progress.ts';
import { pivotRequestSchemas, type PivotResponseMap } from './pivot-contract.ts';
import type { ConformanceReport } from '../conformance/index.ts';
import { SOURCES_LONG_METHODS, sourcesRequestSchemas, type SourcesResponseMap } from './sources-contract.ts';

const billingPeriod = z.string().regex(/^\d{4}-\d{2}$/, 'a billing period is written YYYY-MM');

export const requestSchemas = {
  info: z.strictObject({}),
  ingest: z.strictObject({ paths: z.array(z.string().min(1)).min(1) }),
  sql: z.strictObject({ query: z.string().min(1), limit: z.number().int().positive().max(1_000_000).optional() }),
  listImports: z.strictObject({}),
  removePeriod: z.strictObject({
    billingPeriod,
    billingAccountId: z.string().min(1).optional(),
    providerName: z.string().min(1).optional(),
  }),
  validate: z.strictObject({ samples: z.number().int().min(0).max(100).optional() }),
  ...pivotRequestSchemas,
  ...sourcesRequestSchemas,
} as const;

export type MethodName = keyof typeof requestSchemas;
export type RequestOf<M extends MethodName> = z.infer<(typeof requestSchemas)[M]>;

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
}

/** An import attempt that failed or was cancelled: nothing was loaded, the workspace is as it was. */
export interface FailedImportRecord {
  id: number;
  /** The paths the ingest was given (files or folders). */
  paths: string[];
  /** The error's code: INGEST_*, CANCELLED… */
  code: string;
  message: string;
  attemptedAt: string;
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

export interface IngestFileResult {
  path: string;
  format: string;
  /**
   * loaded; duplicate (same bytes as an earlier import, nothing changed); skipped (see note: a
   * file of a folder that is plainly not billing data, or a part of another delivery).
   */
  status: 'loaded' | 'duplicate' | 'skipped';
  importId: number | null;
  rows: number;
  billingPeriods: string[];
  billedCost: number;
  note?: string;
}

export interface IngestResult {
  files: IngestFileResult[];
  rowsLoaded: number;
  /** Imports whose periods this ingest replaced (a newer delivery wins). */
  replacedImports: number[];
}

export interface SqlResult {
  columns: { name: string; type: string }[];
  /** DECIMAL values (money) are exact decimal text, e.g. "12345678901234.123456789012". */
  rows: JsonRow[];
  truncated: boolean;
  /** Which bound stopped the rows: the row limit, or the byte budget of one result. */
  truncatedBy: 'rows' | 'bytes' | null;
  /** Why the rows stop, in words, when they do. */
  note: string | null;
}

export interface ResponseMap extends PivotResponseMap, SourcesResponseMap {
  info: WorkspaceInfo;
  ingest: IngestResult;
  sql: SqlResult;
  listImports: { imports: ImportRecord[] };
  removePeriod: { rowsRemoved: number; importsAffected: number[] };
  validate: ConformanceReport;
}

export type ResponseOf<M extends MethodName> = ResponseMap[M];

export type WorkbenchApi = {
  [M in MethodName]: (request: RequestOf<M>, ctx?: CallContext) => Promise<ResponseOf<M>>;
};

export const METHOD_NAMES = Object.keys(requestSchemas) as MethodName[];

/** Methods that run long: they report progress and can be cancelled. */
export const LONG_METHODS: readonly MethodName[] = ['ingest', ...SOURCES_LONG_METHODS];
