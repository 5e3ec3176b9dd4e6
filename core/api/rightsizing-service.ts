// The rightsizing methods of WorkbenchApi over an open workspace: reads only.
import type * as z from 'zod';
import type { Workspace } from '../store/workspace.ts';
import { detail, run } from '../engines/rightsizing/index.ts';
import type { rightsizingRequestSchemas, RightsizingResponseMap } from './rightsizing-contract.ts';
import type { CallContext } from './progress.ts';

export type RightsizingApi = {
  [M in keyof RightsizingResponseMap]: (request: z.infer<(typeof rightsizingRequestSchemas)[M]>, ctx?: CallContext) => Promise<RightsizingResponseMap[M]>;
};

export function createRightsizingMethods(ws: Workspace): RightsizingApi {
  return {
    rightsize: async (req) => run(ws.db, req.spec),
    rightsizeDetail: async (req) => detail(ws.db, req.resourceId, req.spec),
  };
}
