// The merge workflow's state, as plain data: the audit's key and value clusters as candidates,
// which variants a person merges into which canonical form, and the request that stores it.
import type { AliasKind, AliasRequest, KeyVariantCluster, TagAlias, ValueVariantCluster } from './alias-types.ts';

export interface Variant {
  name: string;
  cost: number;
}

export interface Candidate {
  /** Stable across audits: kind, key and the suggested canonical form. */
  id: string;
  kind: AliasKind;
  /** The key whose values vary; null for a cluster of keys. */
  key: string | null;
  suggested: string;
  variants: Variant[];
}

export interface MergeChoice {
  /** The canonical form: a variant, or a value the person typed. */
  to: string;
  /** The variants that become `to` (never `to` itself). */
  from: string[];
}

/** Key clusters first (a key spelled two ways hides every value under it), then value clusters. */
export function candidates(keyClusters: readonly KeyVariantCluster[] = [], valueClusters: readonly ValueVariantCluster[] = []): Candidate[] {
  return [
    ...keyClusters.map((c) => ({ id: `key|${c.canonical}`, kind: 'key' as const, key: null, suggested: c.canonical, variants: c.variants.map((v) => ({ name: v.key, cost: v.cost })) })),
    ...valueClusters.map((c) => ({ id: `value|${c.key}|${c.canonical}`, kind: 'value' as const, key: c.key, suggested: c.canonical, variants: c.variants.map((v) => ({ name: v.value, cost: v.cost })) })),
  ];
}

/** The suggestion as it comes: every other variant merges into the suggested form. */
export function suggestedChoice(c: Candidate): MergeChoice {
  return { to: c.suggested, from: c.variants.map((v) => v.name).filter((n) => n !== c.suggested) };
}

/** A new canonical form: the variants chosen before stay chosen, and the new form leaves them. */
export function withCanonical(c: Candidate, choice: MergeChoice, to: string): MergeChoice {
  const wasVariant = c.variants.some((v) => v.name === choice.to);
  const from = choice.from.filter((n) => n !== to);
  // the old canonical, when it is one of the variants, now merges too
  if (wasVariant && choice.to !== to && !from.includes(choice.to)) from.push(choice.to);
  return { to, from: c.variants.map((v) => v.name).filter((n) => from.includes(n)) };
}

export function toggleVariant(choice: MergeChoice, name: string): MergeChoice {
  if (name === choice.to) return choice;
  return { ...choice, from: choice.from.includes(name) ? choice.from.filter((n) => n !== name) : [...choice.from, name] };
}

/** Why the choice cannot be stored yet, in words; null when it can. */
export function choiceProblem(choice: MergeChoice): string | null {
  if (choice.to.trim() === '') return 'Write the canonical form, or pick one of the variants.';
  if (choice.to !== choice.to.trim()) return 'The canonical form should not start or end with a space.';
  if (choice.from.length === 0) return 'Tick at least one variant to merge into it.';
  return null;
}

export function aliasRequest(c: Candidate, choice: MergeChoice): AliasRequest {
  return { kind: c.kind, ...(c.key !== null ? { key: c.key } : {}), from: choice.from, to: choice.to };
}

/** A stored alias in words: `Environment: "production" → "prod"`, or `key "cost-center" → "CostCenter"`. */
export function aliasText(a: Pick<TagAlias, 'kind' | 'key' | 'from' | 'to'>): string {
  return a.kind === 'key' ? `key "${a.from}" → "${a.to}"` : `${a.key}: "${a.from}" → "${a.to}"`;
}
