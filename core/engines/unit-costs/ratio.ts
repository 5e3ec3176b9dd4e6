// Unit costs are ratios of two exact numbers: cost in 10⁻¹² units (the pivot's exact money) and
// volume in 10⁻⁶ units (business_metrics.value is DECIMAL(38, 6)). Both are bigints, so the ratio
// is rounded once, half away from zero, never through a float sum.
import { CHANGE_DECIMALS, UNIT_COST_DECIMALS, VOLUME_DECIMALS } from './constants.ts';

/** '1234.5' -> 1234500000n (units of 10⁻⁶). */
export function parseVolume(text: string | null | undefined): bigint {
  if (text === null || text === undefined || text === '') return 0n;
  const m = /^(\d*)(?:\.(\d*))?$/.exec(text.trim());
  if (!m) throw new Error(`not a volume: ${text}`);
  return BigInt(m[1] || '0') * 10n ** BigInt(VOLUME_DECIMALS) + BigInt((m[2] ?? '').padEnd(VOLUME_DECIMALS, '0').slice(0, VOLUME_DECIMALS) || '0');
}

export function volumeToNumber(units: bigint): number {
  return Number(units) / 10 ** VOLUME_DECIMALS;
}

/** n / d rounded half away from zero (d > 0). */
function roundDiv(n: bigint, d: bigint): bigint {
  const q = ((n < 0n ? -n : n) * 2n + d) / (2n * d);
  return n < 0n ? -q : q;
}

/**
 * cost ÷ volume rounded to UNIT_COST_DECIMALS; null when the volume is 0 (never Infinity).
 * cost/10¹² ÷ volume/10⁶ = cost ÷ volume ÷ 10⁶, so in 10⁻⁶ units it is cost ÷ volume.
 */
export function unitCostOf(costUnits: bigint, volumeUnits: bigint): number | null {
  if (volumeUnits <= 0n) return null;
  const scale = 10n ** BigInt(12 - VOLUME_DECIMALS - UNIT_COST_DECIMALS);
  return Number(roundDiv(costUnits * scale, volumeUnits)) / 10 ** UNIT_COST_DECIMALS;
}

/**
 * (u₁ − u₀) ÷ |u₀| of the exact unit costs u = cost ÷ volume, as a fraction rounded to
 * CHANGE_DECIMALS; null when either unit cost is null or u₀ is 0.
 */
export function changeOf(now: { cost: bigint; volume: bigint }, before: { cost: bigint; volume: bigint }): number | null {
  if (now.volume <= 0n || before.volume <= 0n || before.cost === 0n) return null;
  // u₁/u₀ − 1 = (c₁·v₀ − c₀·v₁) / (c₀·v₁), with |c₀| so a negative base keeps the direction
  const num = now.cost * before.volume - before.cost * now.volume;
  const den = (before.cost < 0n ? -before.cost : before.cost) * now.volume;
  return Number(roundDiv(num * 10n ** BigInt(CHANGE_DECIMALS), den)) / 10 ** CHANGE_DECIMALS;
}
