// The anomaly methods of WorkbenchApi over an open workspace. Listing records what it finds and
// feedback is stored: both are writes, queued with the workspace's other writes (guard.ts);
// anomaliesRead lists without recording, a read.
import type * as z from 'zod';
import type { Workspace } from '../store/workspace.ts';
import { run } from '../engines/anomaly/run.ts';
import { anomalyDetail, anomalyFeedback } from '../engines/anomaly/detail.ts';
import type { anomalyRequestSchemas, AnomalyResponseMap } from './anomaly-contract.ts';
import type { CallContext } from './progress.ts';

export type AnomalyApi = {
  [M in keyof AnomalyResponseMap]: (request: z.infer<(typeof anomalyRequestSchemas)[M]>, ctx?: CallContext) => Promise<AnomalyResponseMap[M]>;
};

export function createAnomalyMethods(ws: Workspace): AnomalyApi {
  return {
    anomalies: async (req) => run(ws.db, req.spec),
    anomaliesRead: async (req) => run(ws.db, req.spec, { record: false }),
    anomalyDetail: async (req) => anomalyDetail(ws.db, req.id),
    anomalyFeedback: async (req) => anomalyFeedback(ws.db, req.id, req.verdict, req.note ?? null),
  };
}
