// Every WorkbenchApi method runs through here, on every transport (CLI in-process, IPC, HTTP):
// - writes (imports, period removals, saved views) wait their turn in the workspace's queue, and
//   a caller that waits is told so by a progress event;
// - a call that fails because DuckDB invalidated the instance (a FATAL or INTERNAL error, even one
//   an explainer turned into another code) gets the workspace closed and reopened, and says so.
import type { Workspace } from '../store/workspace.ts';
import { workspaceReopened } from '../store/fatal.ts';
import type { CallContext } from './progress.ts';
import { CONNECTIONS_WRITE_METHODS } from './connections-contract.ts';
import { BUDGETS_WRITE_METHODS } from './budgets-contract.ts';
import { ANOMALY_WRITE_METHODS } from './anomaly-contract.ts';
import { CHARGEBACK_WRITE_METHODS } from './chargeback-contract.ts';
import { CHARGEBACK_KUBERNETES_WRITE_METHODS } from './chargeback-contract.ts';
import { COMMITMENTS_WRITE_METHODS } from './commitments-contract.ts';
import { REVIEW_WRITE_METHODS } from './review-contract.ts';
import { UNIT_COSTS_WRITE_METHODS } from './unit-costs-contract.ts';
import { METRICS_WRITE_METHODS } from './metrics-contract.ts';

/** Methods that change the workspace (the AWS pulls load through ingest). */
export const WRITE_METHODS = new Set<string>(['ingest', 's3Pull', 'athenaPull', 'costExplorerPull', 'removePeriod', 'saveView', 'deleteView', 'importView', 'setTagKey', 'tagPolicySave', 'tagPolicyImport', 'tagAliasAdd', 'tagAliasRemove', ...CONNECTIONS_WRITE_METHODS, ...BUDGETS_WRITE_METHODS, ...ANOMALY_WRITE_METHODS, ...CHARGEBACK_WRITE_METHODS, ...CHARGEBACK_KUBERNETES_WRITE_METHODS, ...COMMITMENTS_WRITE_METHODS, ...UNIT_COSTS_WRITE_METHODS, ...METRICS_WRITE_METHODS, ...REVIEW_WRITE_METHODS]);

export const WAITING_MESSAGE = 'Waiting for the change already running in this workspace (an import?) to finish';

export async function guarded<T>(ws: Workspace, method: string, ctx: CallContext | undefined, work: () => Promise<T>): Promise<T> {
  if (!WRITE_METHODS.has(method)) return reopenOnFatal(ws, work);
  return ws.exclusive(() => reopenOnFatal(ws, work), {
    signal: ctx?.signal,
    onWait: () => ctx?.onProgress?.({ phase: 'queued', message: WAITING_MESSAGE }),
  });
}

async function reopenOnFatal<T>(ws: Workspace, work: () => Promise<T>): Promise<T> {
  const generation = ws.generation;
  try {
    return await work();
  } catch (err) {
    // the instance this call used was replaced meanwhile (another call met the failure first)
    if (ws.generation !== generation) throw workspaceReopened(ws.path, err);
    // asked of the instance, not read from the message: an explainer may have recoded the error,
    // and reopening a healthy instance would cut short other calls running on it
    if (!(await ws.healthy())) {
      await ws.reopen();
      throw workspaceReopened(ws.path, err);
    }
    throw err;
  }
}
