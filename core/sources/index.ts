// Pulls from where organisations keep billing data (AWS S3 deliveries, Athena, Cost Explorer),
// loaded through core/ingest with its transactional semantics. See README.md.
export { pullS3, S3_SOURCE, type S3PullRequest, type S3PullResult, type S3Delivery } from './aws/s3-pull.ts';
export { pullAthena, AthenaSource, DEFAULT_CATALOG, type AthenaPullRequest, type AthenaPullResult } from './aws/athena-pull.ts';
export { Extract, type ExtractName } from './aws/athena-sql.ts';
export { estimateAthenaPull, type AthenaEstimateResult } from './aws/athena-plan.ts';
export { formatBytes, formatUsd, ATHENA_USD_PER_TB } from './aws/athena-query.ts';
export type { ScanEstimate } from './aws/athena-estimate.ts';
export { pullCostExplorer, COSTEXPLORER_SOURCE, CE_UNCONFIRMED_LIMIT, type CostExplorerPullRequest, type CostExplorerPullResult } from './aws/cost-explorer-pull.ts';
export { CE_DIMENSION_COLUMNS, CE_TAG_PREFIX, MAX_GROUP_BY } from './aws/cost-explorer-rows.ts';
export { saveAwsKeys, readAwsKeys, deleteAwsKeys, listAwsKeys, KEYCHAIN_SERVICE, type AwsKeys } from './credentials/keychain.ts';
export { SourceErrorCode } from './errors.ts';
export type { AwsConnection } from './aws/connection.ts';
