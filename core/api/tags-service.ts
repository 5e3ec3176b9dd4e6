// The tags methods of WorkbenchApi over an open workspace. Saving or importing a policy is a write:
// guard.ts queues it with the workspace's other writes (WRITE_METHODS).
import type * as z from 'zod';
import { exportAwsTagPolicy, importAwsTagPolicy } from '../engines/tags/aws-tag-policy.ts';
import { getTagPolicy, saveTagPolicy } from '../engines/tags/policy-store.ts';
import { run } from '../engines/tags/run.ts';
import type { Workspace } from '../store/workspace.ts';
import type { CallContext } from './progress.ts';
import type { tagsRequestSchemas, TagsResponseMap } from './tags-contract.ts';

export type TagsApi = {
  [M in keyof TagsResponseMap]: (request: z.infer<(typeof tagsRequestSchemas)[M]>, ctx?: CallContext) => Promise<TagsResponseMap[M]>;
};

export function createTagsMethods(ws: Workspace): TagsApi {
  return {
    tagsAudit: async (req) => run(ws.db, req.spec),
    tagPolicyGet: async () => getTagPolicy(ws.db),
    tagPolicySave: async (req) => saveTagPolicy(ws.db, req.policy, req.source ?? null),
    tagPolicyImport: async (req) => {
      // read the whole document before anything is written: a file that is not a policy changes nothing
      const policy = importAwsTagPolicy(req.document);
      return saveTagPolicy(ws.db, policy, req.source ?? null);
    },
    tagPolicyExport: async () => exportAwsTagPolicy((await getTagPolicy(ws.db)).policy),
  };
}
