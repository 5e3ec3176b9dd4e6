// EC2 instance types used by the organisation: vCPU and memory from the EC2 catalog in
// ../shared/data/ec2-catalog, Linux on-demand prices for us-east-1 (USD per hour, as AWS lists
// them), and the Reserved Instance terms of m5.large (../shared/data/ec2-pricing-examples) scaled
// by price for the other types.

export interface InstanceType {
  name: string;
  family: string;
  size: string;
  vcpu: number;
  memoryGiB: number;
  /** Linux on-demand USD/hour in us-east-1. */
  onDemand: string;
}

const SIZE_ORDER = ['nano', 'micro', 'small', 'medium', 'large', 'xlarge', '2xlarge', '4xlarge', '8xlarge'] as const;

/** AWS normalization factors (size flexibility units) by size. */
export const NORMALIZATION_FACTOR: Record<string, number> = {
  nano: 0.25, micro: 0.5, small: 1, medium: 2, large: 4, xlarge: 8, '2xlarge': 16, '4xlarge': 32, '8xlarge': 64,
};

// [family, memory GiB per vCPU, {size: [vcpu, on-demand]}]; t3 and g5 list memory per size.
const FAMILIES: [string, number | Record<string, number>, Record<string, [number, string]>][] = [
  ['m5', 4, { large: [2, '0.096'], xlarge: [4, '0.192'], '2xlarge': [8, '0.384'], '4xlarge': [16, '0.768'] }],
  ['m6i', 4, { large: [2, '0.096'], xlarge: [4, '0.192'], '2xlarge': [8, '0.384'], '4xlarge': [16, '0.768'] }],
  ['m7g', 4, { medium: [1, '0.0408'], large: [2, '0.0816'], xlarge: [4, '0.1632'], '2xlarge': [8, '0.3264'], '4xlarge': [16, '0.6528'] }],
  ['c5', 2, { large: [2, '0.085'], xlarge: [4, '0.17'], '2xlarge': [8, '0.34'], '4xlarge': [16, '0.68'] }],
  ['c6i', 2, { large: [2, '0.085'], xlarge: [4, '0.17'], '2xlarge': [8, '0.34'], '4xlarge': [16, '0.68'] }],
  ['c7g', 2, { medium: [1, '0.0363'], large: [2, '0.0725'], xlarge: [4, '0.145'], '2xlarge': [8, '0.29'], '4xlarge': [16, '0.58'] }],
  ['r5', 8, { large: [2, '0.126'], xlarge: [4, '0.252'], '2xlarge': [8, '0.504'], '4xlarge': [16, '1.008'] }],
  ['r6i', 8, { large: [2, '0.126'], xlarge: [4, '0.252'], '2xlarge': [8, '0.504'], '4xlarge': [16, '1.008'] }],
  ['t3', { micro: 1, small: 2, medium: 4, large: 8, xlarge: 16 }, { micro: [2, '0.0104'], small: [2, '0.0208'], medium: [2, '0.0416'], large: [2, '0.0832'], xlarge: [4, '0.1664'] }],
  ['g5', { xlarge: 16, '2xlarge': 32, '4xlarge': 64 }, { xlarge: [4, '1.006'], '2xlarge': [8, '1.212'], '4xlarge': [16, '1.624'] }],
];

export const INSTANCE_TYPES: readonly InstanceType[] = FAMILIES.flatMap(([family, mem, sizes]) =>
  Object.entries(sizes).map(([size, [vcpu, onDemand]]) => ({
    name: `${family}.${size}`,
    family,
    size,
    vcpu,
    memoryGiB: typeof mem === 'number' ? vcpu * mem : (mem[size] ?? 0),
    onDemand,
  })),
);

export function instanceType(name: string): InstanceType {
  const t = INSTANCE_TYPES.find((x) => x.name === name);
  if (!t) throw new Error(`unknown instance type ${name}`);
  return t;
}

/** Sizes of a family from smallest to largest. */
export function familySizes(family: string): InstanceType[] {
  return INSTANCE_TYPES.filter((t) => t.family === family).sort((a, b) => SIZE_ORDER.indexOf(a.size as never) - SIZE_ORDER.indexOf(b.size as never));
}

/** Standard RI terms of m5.large (upfront USD per reservation, recurring USD/hour). */
export const M5_LARGE_RI = {
  '1yr': { 'No Upfront': { upfront: 0, hourly: 0.06 }, 'Partial Upfront': { upfront: 252, hourly: 0.029 }, 'All Upfront': { upfront: 494, hourly: 0 } },
  '3yr': { 'No Upfront': { upfront: 0, hourly: 0.041 }, 'Partial Upfront': { upfront: 505, hourly: 0.019 }, 'All Upfront': { upfront: 949, hourly: 0 } },
} as const;

export const M5_LARGE_ON_DEMAND = 0.096;
