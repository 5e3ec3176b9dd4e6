// The sources methods of WorkbenchApi over an open workspace.
import type * as z from 'zod';
import type { Workspace } from '../store/workspace.ts';
import { deleteAwsKeys, listAwsKeys, pullAthena, pullCostExplorer, pullS3, saveAwsKeys } from '../sources/index.ts';
import { listProfiles } from '../sources/aws/profiles.ts';
import type { CallContext } from './progress.ts';
import type { sourcesRequestSchemas, SourcesResponseMap } from './sources-contract.ts';

export type SourcesApi = {
  [M in keyof SourcesResponseMap]: (request: z.infer<(typeof sourcesRequestSchemas)[M]>, ctx?: CallContext) => Promise<SourcesResponseMap[M]>;
};

export function createSourcesMethods(ws: Workspace): SourcesApi {
  return {
    s3Pull: async (req, ctx) => pullS3(ws, req, ctx),
    athenaPull: async (req, ctx) => pullAthena(ws, req, ctx),
    costExplorerPull: async (req, ctx) => pullCostExplorer(ws, req, ctx),
    awsKeysSave: async (req) => {
      saveAwsKeys(req.name, { accessKeyId: req.accessKeyId, secretAccessKey: req.secretAccessKey, ...(req.sessionToken ? { sessionToken: req.sessionToken } : {}) });
      return { name: req.name, accessKeyId: req.accessKeyId };
    },
    awsKeysList: async () => ({ keys: listAwsKeys() }),
    awsKeysDelete: async (req) => ({ name: req.name, deleted: deleteAwsKeys(req.name) }),
    awsProfiles: async () => ({ profiles: await listProfiles() }),
  };
}
