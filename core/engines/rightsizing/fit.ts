// SPEC.md step 3: the smallest type of the instance's own family whose capacity, less the
// headroom, covers the demand at the chosen percentile; step 4: a newer generation or Graviton
// of the same size, which needs testing.
import type { Catalog, InstanceTypeFacts } from './instance-types.ts';

export interface Demand {
  /** vCPUs busy at the percentile: CPU% / 100 × the current type's vCPUs. */
  vcpu: number;
  /** GiB used at the percentile; null when memory is not measured (then only CPU is fitted). */
  memoryGiB: number | null;
}

export function demandOf(current: InstanceTypeFacts, cpuPct: number, memoryPct: number | null): Demand {
  return { vcpu: (cpuPct / 100) * current.vcpu, memoryGiB: memoryPct === null ? null : (memoryPct / 100) * current.memoryGiB };
}

export function fits(t: InstanceTypeFacts, need: Demand, headroomPct: number): boolean {
  const usable = 1 - headroomPct / 100;
  return t.vcpu * usable >= need.vcpu && (need.memoryGiB === null || t.memoryGiB * usable >= need.memoryGiB);
}

/**
 * The smallest size of the family that fits, when it is smaller (a lower normalization factor)
 * than the current one; null when the current size is already the smallest that fits.
 */
export function smallerFit(catalog: Catalog, current: InstanceTypeFacts, need: Demand, headroomPct: number): InstanceTypeFacts | null {
  if (current.nf === null) return null;
  const sizes = catalog.byFamily.get(current.family) ?? [];
  const target = sizes.find((t) => t.nf !== null && fits(t, need, headroomPct));
  return target && target.nf !== null && target.nf < current.nf ? target : null;
}

/** Attribute letters other than the processor's (a AMD, g Graviton, i Intel): d, n, e, z, b, flex... */
const otherAttributes = (attributes: string): string => attributes.replace(/[agi]/g, '');

/**
 * Same series and size, same other attributes, at least the vCPU and memory, and newer (a higher
 * generation) or Graviton where the instance is not: the options a modernization may take.
 */
export function modernOptions(catalog: Catalog, current: InstanceTypeFacts): InstanceTypeFacts[] {
  if (current.generation === null) return [];
  const gen = current.generation;
  return catalog.all.filter(
    (t) =>
      t.series === current.series &&
      t.size === current.size &&
      t.family !== current.family &&
      t.generation !== null &&
      otherAttributes(t.attributes) === otherAttributes(current.attributes) &&
      t.vcpu >= current.vcpu &&
      t.memoryGiB >= current.memoryGiB &&
      t.burstable === current.burstable &&
      (t.generation > gen || (t.generation === gen && t.architecture !== current.architecture && t.attributes.includes('g'))),
  );
}
