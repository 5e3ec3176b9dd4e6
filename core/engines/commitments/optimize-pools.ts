// SPEC "Optimize": the pools of step 3 made from the what-if's cells × hours (pool-matrix.ts), each
// hour with its eligible on-demand spend and what the commitments held covered there, as billed.
import type { EligibleType } from './constants.ts';
import type { OptimizePool } from './optimize-result.ts';
import type { Cell, PoolMatrix, Scope } from './scenario.ts';
import type { HourInput } from './simulate.ts';

export interface PoolSeries {
  pool: OptimizePool;
  /** The scope a commitment bought for this pool has (rates are looked up by it). */
  scope: Scope;
  hours: HourInput[];
  /** Σ eligible − covered over the window. */
  open: number;
}

interface Key { pool: OptimizePool; scope: Scope }

/** The pools a cell belongs to, one per type (a database cell is in no Savings Plan's). */
function keysOf(c: Cell): Key[] {
  const keys: Key[] = [];
  if (c.kind !== 'db') keys.push({ pool: { type: 'ComputeSavingsPlan', region: null, instance: null, service: null }, scope: { region: null, family: null, instanceType: null, sizeFlexible: false } });
  if (c.kind === 'ec2') keys.push({ pool: { type: 'EC2InstanceSavingsPlan', region: c.region, instance: c.family, service: null }, scope: { region: c.region, family: c.family, instanceType: null, sizeFlexible: false } });
  if (c.kind === 'ec2' && c.sizeFlexible) keys.push({ pool: { type: 'ReservedInstance', region: c.region, instance: c.family, service: null }, scope: { region: c.region, family: c.family, instanceType: null, sizeFlexible: true } });
  else if (c.kind === 'ec2' || c.kind === 'db') keys.push({ pool: { type: 'ReservedInstance', region: c.region, instance: c.instanceType, service: c.service }, scope: { region: c.region, family: c.family, instanceType: c.instanceType, sizeFlexible: false } });
  return keys;
}

/** Every pool of every type with its hours, the most open first within a type. */
export function poolsOf(m: PoolMatrix): Record<EligibleType, PoolSeries[]> {
  const n = m.hours.length;
  const covered = m.cells.map(() => new Float64Array(n));
  for (const h of m.held) for (const [i, series] of h.billed) for (let t = 0; t < n; t++) covered[i]![t]! += series[t]!;
  const acc = new Map<string, Key & { eligible: Float64Array; covered: Float64Array }>();
  m.cells.forEach((cell, i) => {
    for (const k of keysOf(cell)) {
      const id = JSON.stringify(k.pool);
      const a = acc.get(id) ?? { ...k, eligible: new Float64Array(n), covered: new Float64Array(n) };
      acc.set(id, a);
      for (let t = 0; t < n; t++) {
        a.eligible[t]! += cell.eligible[t]!;
        a.covered[t]! += covered[i]![t]!;
      }
    }
  });
  const out: Record<EligibleType, PoolSeries[]> = { ComputeSavingsPlan: [], EC2InstanceSavingsPlan: [], ReservedInstance: [] };
  for (const a of acc.values()) {
    const hours = m.hours.map((hour, t) => ({ hour, eligible: a.eligible[t]!, covered: a.covered[t]! }));
    out[a.pool.type].push({ pool: a.pool, scope: a.scope, hours, open: hours.reduce((s, h) => s + Math.max(0, h.eligible - h.covered), 0) });
  }
  for (const list of Object.values(out)) list.sort((a, b) => b.open - a.open || JSON.stringify(a.pool).localeCompare(JSON.stringify(b.pool)));
  return out;
}
