// The unit economics methods of WorkbenchApi over an open workspace. Importing and removing
// metrics are writes: guard.ts queues them with the workspace's other writes (WRITE_METHODS).
import type * as z from 'zod';
import type { Workspace } from '../store/workspace.ts';
import type { unitCostsRequestSchemas, UnitCostsResponseMap } from './unit-costs-contract.ts';
import type { CallContext } from './progress.ts';
import { WorkbenchError } from './errors.ts';

export type UnitCostsApi = {
  [M in keyof UnitCostsResponseMap]: (request: z.infer<(typeof unitCostsRequestSchemas)[M]>, ctx?: CallContext) => Promise<UnitCostsResponseMap[M]>;
};

// The contract commit only: the engine lands in the next commits.
const notBuilt = async (): Promise<never> => {
  throw new WorkbenchError('UNIT_COSTS_NOT_BUILT', 'Unit costs are not built yet on this branch; use a build that includes the unit-costs engine.');
};

export function createUnitCostsMethods(_ws: Workspace): UnitCostsApi {
  return { businessMetricsImport: notBuilt, businessMetrics: notBuilt, businessMetricsRemove: notBuilt, unitCosts: notBuilt };
}
