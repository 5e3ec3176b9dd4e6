// The fit drawn on a resource's chart: what the recommended size can carry with the headroom,
// as a percentage of today's CPU (the target's vCPU × (1 − headroom) ÷ today's vCPU), so the line
// sits on the same scale as the metric. Drawing only: the engine chose the size.
import type { Evidence } from '../../../core/api/rightsizing-contract.ts';

export function targetCapacityPct(e: Pick<Evidence, 'vcpu'> | undefined, headroomPct: number): number | null {
  const current = e?.vcpu?.current;
  const target = e?.vcpu?.target;
  if (!current || target === null || target === undefined) return null;
  return (target * (1 - headroomPct / 100) * 100) / current;
}

export function targetMemoryPct(e: Pick<Evidence, 'memoryGiB'> | undefined, headroomPct: number): number | null {
  const current = e?.memoryGiB?.current;
  const target = e?.memoryGiB?.target;
  if (!current || target === null || target === undefined) return null;
  return (target * (1 - headroomPct / 100) * 100) / current;
}
