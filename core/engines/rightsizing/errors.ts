// Error codes of the rightsizing engine. WorkbenchError carries them to every transport.
import { WorkbenchError } from '../../errors.ts';

export const RightsizingErrorCode = {
  RIGHTSIZE_BAD_SPEC: 'RIGHTSIZE_BAD_SPEC',
  RIGHTSIZE_NO_METRICS: 'RIGHTSIZE_NO_METRICS',
  RIGHTSIZE_UNKNOWN_RESOURCE: 'RIGHTSIZE_UNKNOWN_RESOURCE',
} as const;

export function noMetrics(): WorkbenchError {
  return new WorkbenchError(
    RightsizingErrorCode.RIGHTSIZE_NO_METRICS,
    'The workspace holds no utilization metrics (table resource_metrics is empty), so no instance can be sized. Ingest CloudWatch metric files first: "finops-workbench ingest --db W DIR" (generate writes them under cloudwatch/).',
  );
}
