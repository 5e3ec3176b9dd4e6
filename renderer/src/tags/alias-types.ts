// The merge workflow's types: the contract's aliases, previews and the audit's variant clusters.
import type { AliasKind } from '../../../core/api/tags-contract.ts';

export type { AliasKind, AliasMove, AliasPreview, TagAlias, ValueVariantCluster, KeyVariantCluster } from '../../../core/api/tags-contract.ts';

/** A tagAliasAdd request: each of `from` reads as `to` (a value alias: within `key`). */
export interface AliasRequest {
  kind: AliasKind;
  key?: string;
  from: string[];
  to: string;
}
