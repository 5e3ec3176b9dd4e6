// Error codes of the anomaly engine. WorkbenchError carries them to every transport.
import { WorkbenchError } from '../../errors.ts';

export const AnomalyErrorCode = {
  ANOMALY_BAD_SPEC: 'ANOMALY_BAD_SPEC',
  ANOMALY_NOT_FOUND: 'ANOMALY_NOT_FOUND',
  ANOMALY_LEAF_HASH_CLASH: 'ANOMALY_LEAF_HASH_CLASH',
} as const;

export function badAnomalySpec(message: string, details?: Record<string, unknown>): WorkbenchError {
  return new WorkbenchError(AnomalyErrorCode.ANOMALY_BAD_SPEC, message, details);
}

export function anomalyNotFound(id: string): WorkbenchError {
  return new WorkbenchError(AnomalyErrorCode.ANOMALY_NOT_FOUND, `No anomaly "${id}" is recorded in this workspace. List them with "finops-workbench anomalies --db W" and use an id it prints.`, { id });
}

/** Two leaves kept the same 64-bit hash under every salt tried (daily-leaves.ts): never seen, but never summed together silently. */
export function anomalyLeafHashClash(attempts: number): WorkbenchError {
  return new WorkbenchError(AnomalyErrorCode.ANOMALY_LEAF_HASH_CLASH, `Two different cost lines (account, service, region, usage type, owner, cost categories) hashed alike under ${attempts} salts, so their series could not be told apart. Run the detection again; if it repeats, report it with the workspace's "finops-workbench info --json".`, { attempts });
}
