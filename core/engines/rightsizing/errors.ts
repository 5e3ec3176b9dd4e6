// Error codes of the rightsizing engine. WorkbenchError carries them to every transport.
import { WorkbenchError } from '../../errors.ts';

export const RightsizingErrorCode = {
  RIGHTSIZE_BAD_SPEC: 'RIGHTSIZE_BAD_SPEC',
  RIGHTSIZE_NO_METRICS: 'RIGHTSIZE_NO_METRICS',
  RIGHTSIZE_UNKNOWN_RESOURCE: 'RIGHTSIZE_UNKNOWN_RESOURCE',
} as const;

/** Neither a bill nor CPU metrics: nothing to read a lookback from. (Metrics alone are optional: without them the bill's recommendations still come.) */
export function noData(): WorkbenchError {
  return new WorkbenchError(
    RightsizingErrorCode.RIGHTSIZE_NO_METRICS,
    'The workspace holds neither a bill nor utilization metrics, so there is nothing to size. Ingest a bill and its CloudWatch metric files first: "finops-workbench ingest --db W DIR" (generate writes the metrics under cloudwatch/).',
  );
}
