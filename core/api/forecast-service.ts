// The forecast methods of WorkbenchApi over an open workspace: reads only.
import type * as z from 'zod';
import type { Workspace } from '../store/workspace.ts';
import { run } from '../engines/forecast/run.ts';
import type { forecastRequestSchemas, ForecastResponseMap } from './forecast-contract.ts';
import type { CallContext } from './progress.ts';

export type ForecastApi = {
  [M in keyof ForecastResponseMap]: (request: z.infer<(typeof forecastRequestSchemas)[M]>, ctx?: CallContext) => Promise<ForecastResponseMap[M]>;
};

export function createForecastMethods(ws: Workspace): ForecastApi {
  return {
    forecast: async (req) => run(ws.db, req.spec),
  };
}
