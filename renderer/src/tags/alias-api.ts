// The alias methods of the contract (core/api/tags-contract.ts): list, add, remove, preview.
import type { AliasKind, AliasPreview, TagAlias, TagAuditSpec } from '../../../core/api/tags-contract.ts';
import type { WorkbenchClient } from '../api/client.ts';
import type { AliasRequest } from './alias-types.ts';

export async function listAliases(client: WorkbenchClient): Promise<TagAlias[]> {
  return (await client.call('tagAliasList', {})).aliases;
}

export async function addAlias(client: WorkbenchClient, request: AliasRequest): Promise<TagAlias[]> {
  return (await client.call('tagAliasAdd', request)).aliases;
}

export async function removeAlias(client: WorkbenchClient, alias: { kind: AliasKind; key: string | null; from: string }): Promise<TagAlias[]> {
  return (await client.call('tagAliasRemove', { kind: alias.kind, ...(alias.key !== null ? { key: alias.key } : {}), from: alias.from })).aliases;
}

export function previewAlias(client: WorkbenchClient, request: AliasRequest, spec: TagAuditSpec): Promise<AliasPreview> {
  return client.call('tagAliasPreview', { ...request, spec });
}
