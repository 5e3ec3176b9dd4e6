// The merge workflow's types: the contract's aliases and previews, and the audit's variant
// clusters (issue 12 point 3: `variants` and `keyVariants` in the audit result). The clusters are
// mirrored here until they are part of the contract's TagAuditResult.
import type { AliasKind } from '../../../core/api/tags-contract.ts';

export type { AliasKind, AliasMove, AliasPreview, TagAlias } from '../../../core/api/tags-contract.ts';

export interface ValueVariantCluster {
  key: string;
  canonical: string;
  variants: { value: string; cost: number }[];
}

export interface KeyVariantCluster {
  canonical: string;
  variants: { key: string; cost: number }[];
}

/** A tagAliasAdd request: each of `from` reads as `to` (a value alias: within `key`). */
export interface AliasRequest {
  kind: AliasKind;
  key?: string;
  from: string[];
  to: string;
}

/** What the audit result carries for the merge workflow (absent from a build without clusters). */
export interface VariantFields {
  variants?: ValueVariantCluster[];
  keyVariants?: KeyVariantCluster[];
}
