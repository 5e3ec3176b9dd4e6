// The audit result: plain JSON. Money in the currency's units rounded to cents (sums are exact
// before rounding); shares are fractions 0-1 of the exact sums, null over a zero denominator.
import type { CostBasis } from '../pivot/constants.ts';
import type { KeyStatus } from './constants.ts';
import type { TagPolicy } from './policy.ts';

/** How much cost carries a key (or all keys), over both denominators. */
export interface CoverageFigures {
  taggedCost: number;
  /** taggedCost / totalCost. */
  share: number | null;
  /** Tagged cost among lines that name a resource. */
  taggableTaggedCost: number;
  /** taggableTaggedCost / taggableCost. */
  taggableShare: number | null;
}

export interface KeyCoverage extends CoverageFigures {
  key: string;
  /** All cost of the scope (the first denominator). */
  totalCost: number;
  /** Cost of lines that name a resource (the second denominator). */
  taggableCost: number;
}

/** Coverage of one account, service or month. */
export interface CoverageGroup {
  /** SubAccountId, ServiceName or YYYY-MM; null for lines without one. */
  value: string | null;
  /** SubAccountName for accounts. */
  label?: string | null;
  totalCost: number;
  taggableCost: number;
  keys: KeyCoverage[];
  allKeys: CoverageFigures;
}

export interface InvalidKey {
  key: string;
  /** `invalidValue`: the value fails the policy (or is blank); `invalidKey`: the key's spelling differs. */
  reason: Extract<KeyStatus, 'invalidValue' | 'invalidKey'>;
  /** The key as found on the line (differs from `key` for invalidKey). */
  foundKey: string;
  value: string;
}

export interface Offender {
  resourceId: string;
  accountId: string | null;
  accountName: string | null;
  serviceName: string | null;
  /** Cost of the resource's lines that miss a required key. */
  cost: number;
  missing: string[];
  invalid: InvalidKey[];
  firstSeen: string;
  lastSeen: string;
}

/** Spellings of one value within a key (`prod`, `Prod`, `production`), with a suggested canonical form. */
export interface ValueVariantCluster {
  key: string;
  /** The policy's allowed value of this form, else the variant carrying the most cost. */
  canonical: string;
  /** Every spelling found, by cost (descending); cost on the audit's basis and period. */
  variants: { value: string; cost: number }[];
}

/** Spellings of one key (`CostCenter`, `cost-center`, ` costcenter`), with a suggested canonical form. */
export interface KeyVariantCluster {
  /** The policy's key of this form (its casing), else the key carrying the most cost. */
  canonical: string;
  /** Cost of the lines carrying each key. */
  variants: { key: string; cost: number }[];
}

export interface TagAuditResult {
  kind: 'tagAuditResult';
  requiredKeys: string[];
  policy: TagPolicy;
  /** Where the policy came from: the request, the workspace, or the default keys. */
  policyOrigin: 'request' | 'saved' | 'default';
  basis: CostBasis;
  period: string | null;
  target: number;
  totalCost: number;
  taggableCost: number;
  coverage: KeyCoverage[];
  allKeys: CoverageFigures;
  allKeysShare: number | null;
  allKeysTaggableShare: number | null;
  byAccount: CoverageGroup[];
  byService: CoverageGroup[];
  byMonth: CoverageGroup[];
  offenders: Offender[];
  offenderCount: number;
  offenderCost: number;
  /** All-keys coverage if the first `n` offenders carried every key (from the cent figures). */
  ifTopFixed: { n: number; fixedCost: number; allKeysShare: number | null; allKeysTaggableShare: number | null };
  currencies: string[];
  /** Value variants (SPEC step 5), read through the workspace's aliases. */
  variants: ValueVariantCluster[];
  /** Key variants (SPEC step 5). */
  keyVariants: KeyVariantCluster[];
}
