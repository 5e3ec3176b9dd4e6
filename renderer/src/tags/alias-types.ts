// The merge workflow's part of the contract (core/api/tags-contract.ts, issue 12 point 3), as
// agreed with the engine's side: the audit's variant clusters, stored aliases, and the preview.
// Mirrored here until those methods land in the contract; then these names come from there.
export interface ValueVariantCluster {
  key: string;
  canonical: string;
  variants: { value: string; cost: number }[];
}

export interface KeyVariantCluster {
  canonical: string;
  variants: { key: string; cost: number }[];
}

export type AliasKind = 'key' | 'value';

export interface TagAlias {
  kind: AliasKind;
  /** The key whose values are aliased; null for a key alias. */
  key: string | null;
  from: string;
  to: string;
  createdAt: string;
}

export interface AliasRequest {
  kind: AliasKind;
  key?: string;
  from: string[];
  to: string;
}

export interface AliasMove {
  from: string;
  to: string;
  cost: number;
}

export interface AliasPreview {
  moves: AliasMove[];
  /** Share of all cost carrying the key (a value alias's key, a key alias's target), 0-1; null over no cost. */
  coverageBefore: number | null;
  coverageAfter: number | null;
}

/** What the audit result carries for the merge workflow (absent before the engine's side lands). */
export interface VariantFields {
  variants?: ValueVariantCluster[];
  keyVariants?: KeyVariantCluster[];
}
