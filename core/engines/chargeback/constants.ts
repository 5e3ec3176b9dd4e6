// Domain words of the chargeback engine, named once (SPEC.md uses the same words).

/** The rules format this code reads and writes; a file with a higher one is refused (CHARGEBACK_RULES_NEWER). */
export const RULES_FORMAT_VERSION = 1;

/** Where an owner is read from, tried in the order of the rules' chain. */
export const OWNER_SOURCE_KINDS = ['tag', 'costCategory', 'accountOwner', 'dimension', 'kubernetes'] as const;
export type OwnerSourceKind = (typeof OWNER_SOURCE_KINDS)[number];

/** What a shared-cost pool takes: predefined kinds, a list of accounts, or any dimension's values. */
export const POOL_MATCH_KINDS = ['support', 'tax', 'untagged', 'dataTransfer', 'unusedCommitment', 'accounts', 'filter'] as const;
export type PoolMatchKind = (typeof POOL_MATCH_KINDS)[number];

/** How a pool is split among owners (as AWS Cost Categories split charges: even, proportional, fixed). */
export const SPLIT_METHODS = ['even', 'proportional', 'fixed'] as const;
export type SplitMethod = (typeof SPLIT_METHODS)[number];

/** Credits and refunds: stay with the line's owner, split like a pool in proportion to direct cost, or left unallocated. */
export const CREDIT_TREATMENTS = ['owner', 'proportional', 'unallocated'] as const;
export type CreditTreatment = (typeof CREDIT_TREATMENTS)[number];

/** The pool that credits and refunds form when `credits` is `proportional`. */
export const CREDITS_POOL = 'Credits';

/** Fixed percentages must add up to 100 within this (they are written by people, with decimals). */
export const PERCENT_TOLERANCE = 1e-9;

export const LIMITS = { chain: 8, pools: 50, accounts: 1000, filterValues: 1000, percentages: 1000, nameChars: 200, topResources: 10, breakdown: 50 } as const;
