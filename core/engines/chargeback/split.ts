// Step 3 (SPEC.md): a pool's exact amount split among owners by integer weights, in 10^-12 units.
// Each owner gets floor(|amount| × w / W); the few units left (fewer than the owners) go one each
// to the largest remainders, ties by owner name; the sign is applied last. So the shares add up to
// the pool exactly, and the same input always gives the same shares.
export interface Weight {
  owner: string;
  weight: bigint;
}

export const byOwnerName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Shares by owner; empty when there is no positive weight (the caller leaves the pool unallocated). */
export function splitExact(amount: bigint, weights: readonly Weight[]): Map<string, bigint> {
  const positive = weights.filter((w) => w.weight > 0n).sort((a, b) => byOwnerName(a.owner, b.owner));
  const total = positive.reduce((a, w) => a + w.weight, 0n);
  const out = new Map<string, bigint>();
  if (total === 0n) return out;
  const size = amount < 0n ? -amount : amount;
  const parts = positive.map((w) => ({ owner: w.owner, q: (size * w.weight) / total, r: (size * w.weight) % total }));
  let left = size - parts.reduce((a, p) => a + p.q, 0n);
  const order = [...parts].sort((a, b) => (a.r === b.r ? byOwnerName(a.owner, b.owner) : a.r > b.r ? -1 : 1));
  for (const p of order) {
    if (left === 0n) break;
    p.q += 1n;
    left -= 1n;
  }
  for (const p of parts) out.set(p.owner, amount < 0n ? -p.q : p.q);
  return out;
}

/** Fixed percentages as integer weights (millionths of a percent), exact for what people write. */
export function percentWeight(percent: number): bigint {
  return BigInt(Math.round(percent * 1_000_000));
}
