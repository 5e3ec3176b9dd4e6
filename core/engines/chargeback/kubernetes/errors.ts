// Error codes of the Kubernetes import and split. Every one leaves the workspace as it was.
import { WorkbenchError } from '../../../errors.ts';

export const KubernetesErrorCode = {
  /** The file is neither OpenCost /allocation JSON nor its CSV export. */
  CHARGEBACK_K8S_UNKNOWN_FORMAT: 'CHARGEBACK_K8S_UNKNOWN_FORMAT',
  /** An allocation lacks a field the split needs (window, namespace, cluster): the message names it and where. */
  CHARGEBACK_K8S_MISSING_FIELD: 'CHARGEBACK_K8S_MISSING_FIELD',
  /** A cost is not a number, or is negative. */
  CHARGEBACK_K8S_BAD_COST: 'CHARGEBACK_K8S_BAD_COST',
  /** The file holds several clusters and --cluster names one for all of them. */
  CHARGEBACK_K8S_CLUSTER_AMBIGUOUS: 'CHARGEBACK_K8S_CLUSTER_AMBIGUOUS',
  /** A window overlaps one already imported for the same cluster: details name the import. */
  CHARGEBACK_K8S_WINDOW_OVERLAP: 'CHARGEBACK_K8S_WINDOW_OVERLAP',
  /** A window lies outside every loaded billing period. */
  CHARGEBACK_K8S_WINDOW_OUTSIDE_BILL: 'CHARGEBACK_K8S_WINDOW_OUTSIDE_BILL',
  /** No node line of the bill belongs to the file's cluster (in its windows). */
  CHARGEBACK_K8S_CLUSTER_NOT_IN_BILL: 'CHARGEBACK_K8S_CLUSTER_NOT_IN_BILL',
  CHARGEBACK_K8S_IMPORT_NOT_FOUND: 'CHARGEBACK_K8S_IMPORT_NOT_FOUND',
  /** `by` is neither namespace nor label:KEY. */
  CHARGEBACK_K8S_BAD_GROUPING: 'CHARGEBACK_K8S_BAD_GROUPING',
} as const;

export function k8sError(code: keyof typeof KubernetesErrorCode, message: string, details?: Record<string, unknown>): WorkbenchError {
  return new WorkbenchError(KubernetesErrorCode[code], message, details);
}
