// What a person reads for a key: the value itself, or the name of a bucket the engine made.
import { NULL_LABEL, OTHER_LABEL, UNCATEGORIZED_LABEL, UNTAGGED_LABEL } from './constants.ts';
import type { Dimension } from './dimensions.ts';
import { isOtherKey, type PivotKey } from './spec.ts';

export function keyLabel(dim: Dimension, key: PivotKey): string {
  if (isOtherKey(key)) return OTHER_LABEL;
  if (key === null) return dim.kind === 'tag' ? UNTAGGED_LABEL : dim.kind === 'costCategory' ? UNCATEGORIZED_LABEL : NULL_LABEL;
  return key;
}

/**
 * Key order: time buckets in time order, the rest by key; a missing value after the values and
 * OTHER last, so the rest of a top-N never sits among the ranked keys.
 */
export function compareKeys(a: PivotKey, b: PivotKey): number {
  const rank = (k: PivotKey) => (isOtherKey(k) ? 2 : k === null ? 1 : 0);
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra - rb;
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  return 0;
}

export function compareKeyLists(a: readonly PivotKey[], b: readonly PivotKey[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const c = compareKeys(a[i]!, b[i]!);
    if (c !== 0) return c;
  }
  return a.length - b.length;
}
