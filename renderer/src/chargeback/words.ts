// The Chargeback view's words: how owner sources, pool kinds, split methods and credit
// treatments read on screen, and the rules a workspace starts from when none are saved.
import type { ChargebackRules, CreditTreatment, OwnerSource, PoolMatch, SplitMethod } from './types.ts';

export type OwnerSourceKind = OwnerSource['kind'];
export type PoolKind = PoolMatch['kind'];

export const OWNER_SOURCE_KINDS: readonly { id: OwnerSourceKind; label: string; help: string }[] = [
  { id: 'tag', label: 'Tag', help: 'the value of a tag key, read through the tag aliases' },
  { id: 'costCategory', label: 'Cost category', help: 'the value of an AWS cost category' },
  { id: 'accountOwner', label: 'Account owner', help: 'the owner of the line’s account, from an imported account → owner CSV' },
  { id: 'dimension', label: 'Dimension', help: 'the value of any column (service, account name, region…)' },
  { id: 'kubernetes', label: 'Kubernetes namespace', help: 'the namespace of an imported OpenCost / Kubecost allocation' },
];

export const POOL_KINDS: readonly { id: PoolKind; label: string; name: string; help: string }[] = [
  { id: 'support', label: 'Support', name: 'Support', help: 'AWS Support fees' },
  { id: 'tax', label: 'Tax', name: 'Tax', help: 'tax lines' },
  { id: 'untagged', label: 'No owner', name: 'Untagged', help: 'lines no owner source names' },
  { id: 'dataTransfer', label: 'Data transfer', name: 'Data transfer', help: 'data transfer charges' },
  { id: 'unusedCommitment', label: 'Unused commitments', name: 'Unused commitments', help: 'the unused part of Savings Plans and Reserved Instances' },
  { id: 'accounts', label: 'Shared accounts', name: 'Shared accounts', help: 'every line of the listed accounts' },
  { id: 'filter', label: 'Filter', name: 'Shared', help: 'lines whose dimension has one of the listed values' },
];

export const SPLIT_METHODS: readonly { id: SplitMethod; label: string; help: string }[] = [
  { id: 'proportional', label: 'Proportional', help: 'in proportion to each owner’s direct cost' },
  { id: 'even', label: 'Even', help: 'the same amount to each owner' },
  { id: 'fixed', label: 'Fixed %', help: 'fixed percentages per owner, summing to 100%' },
];

export const CREDIT_TREATMENTS: readonly { id: CreditTreatment; label: string; help: string }[] = [
  { id: 'owner', label: 'To the line’s owner', help: 'a credit or refund lowers the cost of the owner its line names' },
  { id: 'proportional', label: 'Shared proportionally', help: 'credits and refunds are spread over the owners in proportion to their direct cost' },
  { id: 'unallocated', label: 'Left unallocated', help: 'credits and refunds stay in the unallocated amount' },
];

export const UNALLOCATED_LABEL = 'Unallocated';
export const DIRECT_LABEL = 'Direct cost';

/** The tag key the default rules read first. */
export const DEFAULT_OWNER_TAG = 'Team';
/**
 * Tag keys that name an owner, in the order the default rules prefer them (compared without case):
 * a workspace without a Team key starts from the first of these it has.
 */
export const OWNER_TAG_KEYS = ['team', 'owner', 'costcenter', 'cost-center', 'cost_center', 'business_unit', 'businessunit', 'department', 'project', 'application', 'app'] as const;
/** The account's own name: the last resort of the default rules when no tag names owners. */
export const ACCOUNT_NAME_DIMENSION = 'SubAccountName';

/** The tag key the default rules read: Team, else the first owner-like key the workspace has. */
export function ownerTagKey(tagKeys: readonly string[]): string | null {
  if (tagKeys.includes(DEFAULT_OWNER_TAG)) return DEFAULT_OWNER_TAG;
  for (const wanted of OWNER_TAG_KEYS) {
    const key = tagKeys.find((k) => k.toLowerCase() === wanted);
    if (key !== undefined) return key;
  }
  return null;
}

/**
 * No rules saved yet: the owner is tag Team (or the workspace's own owner-like key), then the
 * account's owner; support is shared in proportion. A workspace with lines but no owner-like tag
 * key starts from the account owner, then the account's name, so the first preview says something
 * rather than leaving every cent unallocated. An empty workspace gets tag Team: there is nothing
 * to choose from yet.
 */
export function defaultRules(workspace: { tagKeys: readonly string[]; lines: number } = { tagKeys: [DEFAULT_OWNER_TAG], lines: 0 }): ChargebackRules {
  const key = workspace.lines === 0 ? DEFAULT_OWNER_TAG : ownerTagKey(workspace.tagKeys);
  const chain: OwnerSource[] = key !== null ? [{ kind: 'tag', key }, { kind: 'accountOwner' }] : [{ kind: 'accountOwner' }, { kind: 'dimension', dimension: ACCOUNT_NAME_DIMENSION }];
  return {
    formatVersion: 1,
    owner: { chain },
    basis: 'Effective',
    pools: [{ name: 'Support', match: { kind: 'support' }, split: { method: 'proportional' } }],
    credits: 'owner',
  };
}

export function ownerSourceText(s: OwnerSource): string {
  switch (s.kind) {
    case 'tag':
      return `tag ${s.key}`;
    case 'costCategory':
      return `cost category ${s.name}`;
    case 'accountOwner':
      return 'account owner';
    case 'dimension':
      return s.dimension;
    case 'kubernetes':
      return s.cluster ? `Kubernetes namespace (${s.cluster})` : 'Kubernetes namespace';
  }
}

export function splitLabel(method: string): string {
  return SPLIT_METHODS.find((m) => m.id === method)?.label ?? method;
}
