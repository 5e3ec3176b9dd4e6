// The tags part of WorkbenchApi: the audit and the saved tag policy (with AWS tag policy import
// and export). contract.ts spreads these schemas into requestSchemas and extends ResponseMap.
import * as z from 'zod';
import type { AwsTagPolicyExport } from '../engines/tags/aws-tag-policy.ts';
import { tagPolicySchema } from '../engines/tags/policy.ts';
import type { SavedTagPolicy } from '../engines/tags/policy-store.ts';
import type { TagAuditResult } from '../engines/tags/result.ts';
import { tagAuditSpecSchema } from '../engines/tags/spec.ts';
import { EXPORT_FORMATS, type ExportedFile } from './pivot-contract.ts';
import { aliasAddSchema, aliasPreviewSchema, aliasRemoveSchema, type TagAlias } from '../engines/tags/aliases/alias.ts';
import type { AliasMove, AliasPreview } from '../engines/tags/aliases/preview.ts';

const source = z.string().max(500).optional();

export const tagsRequestSchemas = {
  tagsAudit: z.strictObject({ spec: tagAuditSpecSchema }),
  /** Every offender of an audit (up to the engine's limit) as CSV, or XLSX with one sheet per account. */
  tagsOffendersExport: z.strictObject({ spec: tagAuditSpecSchema, format: z.enum(EXPORT_FORMATS) }),
  /** The saved policy, or the default required keys when none is saved. */
  tagPolicyGet: z.strictObject({}),
  tagPolicySave: z.strictObject({ policy: tagPolicySchema, source }),
  /** An AWS Organizations tag policy (the parsed JSON document): read, then saved as the policy. */
  tagPolicyImport: z.strictObject({ document: z.unknown(), source }),
  /** The policy as an AWS Organizations tag policy document. */
  tagPolicyExport: z.strictObject({}),
  /** Key and value aliases, every engine reads tags through them (loaded tags stay as they are). */
  tagAliasList: z.strictObject({}),
  /** Each of `from` reads as `to` (a value alias: within `key`). Loops are refused; chains resolved. */
  tagAliasAdd: aliasAddSchema,
  tagAliasRemove: aliasRemoveSchema,
  /** Cost moving from each `from` to `to`, and the key's coverage before and after; nothing written. */
  tagAliasPreview: aliasPreviewSchema,
} as const;

export interface TagsResponseMap {
  tagsAudit: TagAuditResult;
  tagsOffendersExport: ExportedFile;
  tagPolicyGet: SavedTagPolicy;
  tagPolicySave: SavedTagPolicy;
  tagPolicyImport: SavedTagPolicy;
  tagPolicyExport: AwsTagPolicyExport;
  tagAliasList: { aliases: TagAlias[] };
  tagAliasAdd: { aliases: TagAlias[] };
  tagAliasRemove: { aliases: TagAlias[] };
  tagAliasPreview: AliasPreview;
}

export type { TagAuditResult, SavedTagPolicy, AwsTagPolicyExport, TagAlias, AliasMove, AliasPreview };
export type { AliasKind } from '../engines/tags/aliases/alias.ts';
export type { TagPolicy, RequiredKey } from '../engines/tags/policy.ts';
export type { TagAuditSpec, TagAuditSpecInput } from '../engines/tags/spec.ts';
export type { KeyCoverage, CoverageFigures, CoverageGroup, Offender, InvalidKey, ValueVariantCluster, KeyVariantCluster } from '../engines/tags/result.ts';
export type { AwsTagPolicyDocument } from '../engines/tags/aws-tag-policy.ts';
