// Error codes of the anomaly engine. WorkbenchError carries them to every transport.
import { WorkbenchError } from '../../errors.ts';

export const AnomalyErrorCode = {
  ANOMALY_BAD_SPEC: 'ANOMALY_BAD_SPEC',
  ANOMALY_NOT_FOUND: 'ANOMALY_NOT_FOUND',
} as const;

export function badAnomalySpec(message: string, details?: Record<string, unknown>): WorkbenchError {
  return new WorkbenchError(AnomalyErrorCode.ANOMALY_BAD_SPEC, message, details);
}

export function anomalyNotFound(id: string): WorkbenchError {
  return new WorkbenchError(AnomalyErrorCode.ANOMALY_NOT_FOUND, `No anomaly "${id}" is recorded in this workspace. List them with "finops-workbench anomalies --db W" and use an id it prints.`, { id });
}
