// WorkbenchApi: the one contract every transport (in-process, Electron IPC, HTTP) speaks.
// Requests are plain JSON validated by these schemas (unknown fields are refused); responses
// are plain JSON; errors are ApiError data with stable codes.
import * as z from 'zod';
import type { FailedImportRecord } from '../store/failed-imports.ts';
import type { CurrencyTotal, ImportRecord, PeriodSummary, WorkspaceInfo } from '../store/info.ts';
import type { SqlResult } from '../store/read-only-sql.ts';
import type { RemovePeriodResult } from '../store/remove-period.ts';
import type { IngestFileResult, IngestResult } from '../ingest/index.ts';
import type { CallContext } from './progress.ts';
import { OVERLAP_CHOICES } from '../ingest/overlap-choice.ts';

export type { OverlapChoice } from '../ingest/overlap-choice.ts';
/** One period in the details of INGEST_REPLACE_OR_APPEND: `{ choices, conflicts: OverlapConflict[] }`. */
export type { OverlapConflict } from '../ingest/restatement.ts';
import { pivotRequestSchemas, type PivotResponseMap } from './pivot-contract.ts';
import type { ConformanceReport } from '../conformance/index.ts';
import { forecastRequestSchemas, type ForecastResponseMap } from './forecast-contract.ts';
import { anomalyRequestSchemas, type AnomalyResponseMap } from './anomaly-contract.ts';
import { SOURCES_LONG_METHODS, sourcesRequestSchemas, type SourcesResponseMap } from './sources-contract.ts';
import { tagKeysRequestSchemas, type TagKeysResponseMap } from './tag-keys-contract.ts';
import { tagsRequestSchemas, type TagsResponseMap } from './tags-contract.ts';
import { CONNECTIONS_LONG_METHODS, connectionsRequestSchemas, type ConnectionsResponseMap } from './connections-contract.ts';
import { budgetsRequestSchemas, type BudgetsResponseMap } from './budgets-contract.ts';
import { chargebackRequestSchemas, type ChargebackResponseMap } from './chargeback-contract.ts';
import { chargebackKubernetesRequestSchemas, type ChargebackKubernetesResponseMap } from './chargeback-contract.ts';
import { commitmentsRequestSchemas, type CommitmentsResponseMap } from './commitments-contract.ts';
import { chargebackExportRequestSchemas, type ChargebackExportResponseMap } from './chargeback-export-contract.ts';
import { rightsizingRequestSchemas, type RightsizingResponseMap } from './rightsizing-contract.ts';
import { reviewRequestSchemas, type ReviewResponseMap } from './review-contract.ts';
import { unitCostsRequestSchemas, type UnitCostsResponseMap } from './unit-costs-contract.ts';
import { metricsRequestSchemas, type MetricsResponseMap } from './metrics-contract.ts';

const billingPeriod = z.string().regex(/^\d{4}-\d{2}$/, 'a billing period is written YYYY-MM');

export const requestSchemas = {
  info: z.strictObject({}),
  ingest: z.strictObject({ paths: z.array(z.string().min(1)).min(1), overlap: z.enum(OVERLAP_CHOICES).optional() }),
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
  ...forecastRequestSchemas,
  ...anomalyRequestSchemas,
  ...tagKeysRequestSchemas,
  ...tagsRequestSchemas,
  ...connectionsRequestSchemas,
  ...budgetsRequestSchemas,
  ...chargebackRequestSchemas,
  ...chargebackKubernetesRequestSchemas,
  ...commitmentsRequestSchemas,
  ...chargebackExportRequestSchemas,
  ...rightsizingRequestSchemas,
  ...reviewRequestSchemas,
  ...unitCostsRequestSchemas,
  ...metricsRequestSchemas,
} as const;

// The records the methods answer with are made (and typed) beside the code that makes them, below
// this layer; the contract names them here for the transports and the renderer.
export type { CurrencyTotal, FailedImportRecord, ImportRecord, IngestFileResult, IngestResult, PeriodSummary, RemovePeriodResult, SqlResult, WorkspaceInfo };

export type MethodName = keyof typeof requestSchemas;
export type RequestOf<M extends MethodName> = z.infer<(typeof requestSchemas)[M]>;

export interface ResponseMap extends PivotResponseMap, SourcesResponseMap, ForecastResponseMap, AnomalyResponseMap, TagKeysResponseMap, TagsResponseMap, ConnectionsResponseMap, BudgetsResponseMap, ChargebackResponseMap, ChargebackKubernetesResponseMap, CommitmentsResponseMap, ChargebackExportResponseMap, RightsizingResponseMap, UnitCostsResponseMap, MetricsResponseMap, ReviewResponseMap {
  info: WorkspaceInfo;
  ingest: IngestResult;
  sql: SqlResult;
  listImports: { imports: ImportRecord[] };
  removePeriod: RemovePeriodResult;
  validate: ConformanceReport;
}

export type ResponseOf<M extends MethodName> = ResponseMap[M];

export type WorkbenchApi = {
  [M in MethodName]: (request: RequestOf<M>, ctx?: CallContext) => Promise<ResponseOf<M>>;
};

export const METHOD_NAMES = Object.keys(requestSchemas) as MethodName[];

/** Methods that run long: they report progress and can be cancelled. */
export const LONG_METHODS: readonly MethodName[] = ['ingest', ...SOURCES_LONG_METHODS, ...CONNECTIONS_LONG_METHODS];
