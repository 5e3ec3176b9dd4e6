// The alias methods of the contract (tagAliasList, tagAliasAdd, tagAliasRemove, tagAliasPreview).
// Until the engine's side lands in core/api/tags-contract.ts they are called by name through the
// client's generic call; a workspace served by a build without them answers with an error the
// merge panel shows in words.
import type { TagAuditSpec } from '../../../core/api/tags-contract.ts';
import type { WorkbenchClient } from '../api/client.ts';
import type { AliasKind, AliasPreview, AliasRequest, TagAlias } from './alias-types.ts';

type UntypedCall = (method: string, payload: unknown) => Promise<unknown>;

function call<T>(client: WorkbenchClient, method: string, payload: unknown): Promise<T> {
  return (client.call.bind(client) as unknown as UntypedCall)(method, payload) as Promise<T>;
}

export async function listAliases(client: WorkbenchClient): Promise<TagAlias[]> {
  return (await call<{ aliases: TagAlias[] }>(client, 'tagAliasList', {})).aliases;
}

export async function addAlias(client: WorkbenchClient, request: AliasRequest): Promise<TagAlias[]> {
  return (await call<{ aliases: TagAlias[] }>(client, 'tagAliasAdd', request)).aliases;
}

export async function removeAlias(client: WorkbenchClient, alias: { kind: AliasKind; key: string | null; from: string }): Promise<TagAlias[]> {
  return (await call<{ aliases: TagAlias[] }>(client, 'tagAliasRemove', { kind: alias.kind, ...(alias.key !== null ? { key: alias.key } : {}), from: alias.from })).aliases;
}

export function previewAlias(client: WorkbenchClient, request: AliasRequest, spec: TagAuditSpec): Promise<AliasPreview> {
  return call<AliasPreview>(client, 'tagAliasPreview', { ...request, spec });
}
