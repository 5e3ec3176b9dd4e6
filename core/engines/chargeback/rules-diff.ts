// "What changed" between two versions of the rules, in words for the history.
import type { ChargebackRules, OwnerSource, Pool } from './rules.ts';

export function ownerSourceText(s: OwnerSource): string {
  switch (s.kind) {
    case 'tag':
      return `tag:${s.key}`;
    case 'costCategory':
      return `costCategory:${s.name}`;
    case 'accountOwner':
      return 'accountOwner';
    case 'dimension':
      return s.dimension;
    case 'kubernetes':
      return s.cluster ? `kubernetes:${s.cluster}` : 'kubernetes';
  }
}

export function describeChange(before: ChargebackRules | null, after: ChargebackRules): string {
  if (!before) return 'first version';
  const changes: string[] = [];
  const chain = (r: ChargebackRules) => r.owner.chain.map(ownerSourceText).join(' → ');
  if (chain(before) !== chain(after)) changes.push(`owner ${chain(before)} → ${chain(after)}`);
  if (before.basis !== after.basis) changes.push(`basis ${before.basis} → ${after.basis}`);
  if (before.credits !== after.credits) changes.push(`credits ${before.credits} → ${after.credits}`);
  const byName = (pools: Pool[]) => new Map(pools.map((p) => [p.name, JSON.stringify(p)]));
  const was = byName(before.pools);
  const now = byName(after.pools);
  for (const name of now.keys()) if (!was.has(name)) changes.push(`pool ${name} added`);
  for (const name of was.keys()) if (!now.has(name)) changes.push(`pool ${name} removed`);
  for (const [name, text] of now) if (was.has(name) && was.get(name) !== text) changes.push(`pool ${name} changed`);
  const order = (pools: Pool[]) => pools.map((p) => p.name).filter((n) => was.has(n) && now.has(n)).join('\u0000');
  if (order(before.pools) !== order(after.pools)) changes.push('pools reordered');
  return changes.length ? changes.join('; ') : 'no change';
}
