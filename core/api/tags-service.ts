// The tags methods of WorkbenchApi over an open workspace. Saving or importing a policy is a write:
// guard.ts queues it with the workspace's other writes (WRITE_METHODS).
import type * as z from 'zod';
import { exportAwsTagPolicy, importAwsTagPolicy } from '../engines/tags/aws-tag-policy.ts';
import { getTagPolicy, saveTagPolicy } from '../engines/tags/policy-store.ts';
import { run } from '../engines/tags/run.ts';
import { addTagAliases, listTagAliases, removeTagAlias } from '../engines/tags/aliases/store.ts';
import { previewTagAlias } from '../engines/tags/aliases/preview.ts';
import { LIMITS } from '../engines/tags/constants.ts';
import type { TagAuditSpec } from '../engines/tags/spec.ts';
import { offendersToCsv, offendersToXlsx, tagsOffendersContext } from '../export/tags-offenders.ts';
import { CSV_MIME, XLSX_MIME } from './pivot-service.ts';
import type { ExportedFile } from './pivot-contract.ts';
import type { Workspace } from '../store/workspace.ts';
import type { CallContext } from './progress.ts';
import type { tagsRequestSchemas, TagsResponseMap } from './tags-contract.ts';

export type TagsApi = {
  [M in keyof TagsResponseMap]: (request: z.infer<(typeof tagsRequestSchemas)[M]>, ctx?: CallContext) => Promise<TagsResponseMap[M]>;
};

/** The offenders of an audit as a file that says what it is (core/export/context.ts). */
export async function exportOffenders(ws: Workspace, spec: TagAuditSpec, format: 'csv' | 'xlsx'): Promise<ExportedFile> {
  const result = await run(ws.db, { ...spec, offenders: LIMITS.offenders });
  const fileName = `tag-offenders.${format}`;
  const context = await tagsOffendersContext(ws.db, result, { workspace: ws.path, fileName });
  if (format === 'csv') return { fileName, mimeType: CSV_MIME, encoding: 'utf8', content: offendersToCsv(result, context) };
  return { fileName, mimeType: XLSX_MIME, encoding: 'base64', content: (await offendersToXlsx(result, context)).toString('base64') };
}

export function createTagsMethods(ws: Workspace): TagsApi {
  return {
    tagsAudit: async (req) => run(ws.db, req.spec),
    tagsOffendersExport: async (req) => exportOffenders(ws, req.spec, req.format),
    tagPolicyGet: async () => getTagPolicy(ws.db),
    tagPolicySave: async (req) => saveTagPolicy(ws.db, req.policy, req.source ?? null),
    tagPolicyImport: async (req) => {
      // read the whole document before anything is written: a file that is not a policy changes nothing
      const policy = importAwsTagPolicy(req.document);
      return saveTagPolicy(ws.db, policy, req.source ?? null);
    },
    tagPolicyExport: async () => exportAwsTagPolicy((await getTagPolicy(ws.db)).policy),
    tagAliasList: async () => ({ aliases: await listTagAliases(ws.db) }),
    // one transaction with the refresh of the pivot's tag aggregate: the change shows at once, or not at all
    tagAliasAdd: async (req) => ({ aliases: await ws.db.transaction(() => addTagAliases(ws.db, req)) }),
    tagAliasRemove: async (req) => ({ aliases: await ws.db.transaction(() => removeTagAlias(ws.db, req)) }),
    tagAliasPreview: async (req) => previewTagAlias(ws.db, req),
  };
}
