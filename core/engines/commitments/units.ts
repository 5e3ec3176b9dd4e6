// What N units of a Reserved Instance are worth in on-demand dollars an hour: N × the on-demand
// price of one instance hour of its type. The price comes from the usage rows (that type in that
// region), else another size of its family scaled by AWS's normalization factors (a size-flexible
// RI's m5.xlarge is two m5.large), else the shipped price list (rate-defaults.ts).
import { DEFAULT_UNIT_PRICE } from './rate-defaults.ts';

/** AWS's normalization factors by size (EC2 RI size flexibility); `Nxlarge` is 8 × N. */
const FACTORS: Record<string, number> = { nano: 0.25, micro: 0.5, small: 1, medium: 2, large: 4, xlarge: 8 };

export function normalizationFactor(instanceType: string): number | null {
  const size = instanceType.slice(instanceType.lastIndexOf('.') + 1);
  if (size in FACTORS) return FACTORS[size]!;
  const m = /^(\d+)xlarge$/.exec(size);
  return m ? 8 * Number(m[1]) : null;
}

export interface UnitPrice {
  price: number;
  source: string;
}

const familyOf = (t: string): string => t.slice(0, t.lastIndexOf('.'));

/** `prices` by `instanceType|region` (pool-matrix.ts); null when nothing tells the price. */
export function unitPrice(instanceType: string, region: string, prices: ReadonlyMap<string, number>): UnitPrice | null {
  const own = prices.get(`${instanceType}|${region}`);
  if (own !== undefined) return { price: own, source: `on-demand price of ${instanceType} in ${region} in the usage rows` };
  const factor = normalizationFactor(instanceType);
  if (factor === null) return null;
  for (const [key, price] of prices) {
    const [other, otherRegion] = key.split('|') as [string, string];
    const otherFactor = normalizationFactor(other);
    if (otherRegion !== region || otherFactor === null || familyOf(other) !== familyOf(instanceType) || other.startsWith('db.') !== instanceType.startsWith('db.')) continue;
    return { price: (price * factor) / otherFactor, source: `on-demand price of ${other} in ${region} in the usage rows × ${factor} ÷ ${otherFactor} (normalization factors)` };
  }
  const d = DEFAULT_UNIT_PRICE;
  const defaultFactor = normalizationFactor(d.instanceType)!;
  if (region === d.region && familyOf(instanceType) === familyOf(d.instanceType)) {
    return { price: (d.price * factor) / defaultFactor, source: `AWS Price List: ${d.instanceType} in ${d.region} $${d.price}/h × ${factor} ÷ ${defaultFactor}` };
  }
  return null;
}
