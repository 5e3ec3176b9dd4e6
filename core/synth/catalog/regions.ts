// The regions the organisation runs in, with the names and usage-type prefixes AWS bills under.
// Compute prices outside us-east-1 are the us-east-1 price times `priceFactor`, rounded to 4 decimals
// as AWS lists them (close to the real regional differences).

export interface Region {
  code: string;
  name: string;
  /** Usage-type prefix; us-east-1 bills most usage types without one. */
  prefix: string;
  priceFactor: number;
  zones: readonly string[];
}

export const REGIONS: readonly Region[] = [
  { code: 'us-east-1', name: 'US East (N. Virginia)', prefix: 'USE1', priceFactor: 1, zones: ['a', 'b', 'c', 'd'] },
  { code: 'us-west-2', name: 'US West (Oregon)', prefix: 'USW2', priceFactor: 1, zones: ['a', 'b', 'c'] },
  { code: 'eu-west-1', name: 'EU (Ireland)', prefix: 'EU', priceFactor: 1.1146, zones: ['a', 'b', 'c'] },
  { code: 'eu-central-1', name: 'EU (Frankfurt)', prefix: 'EUC1', priceFactor: 1.1979, zones: ['a', 'b', 'c'] },
  { code: 'ap-southeast-2', name: 'Asia Pacific (Sydney)', prefix: 'APS2', priceFactor: 1.25, zones: ['a', 'b', 'c'] },
];

export const HOME_REGION = REGIONS[0] as Region;

export function region(code: string): Region {
  const r = REGIONS.find((x) => x.code === code);
  if (!r) throw new Error(`unknown region ${code}`);
  return r;
}

/** `BoxUsage:m5.large` in us-east-1, `USW2-BoxUsage:m5.large` elsewhere. */
export function usageType(r: Region, base: string, alwaysPrefix = false): string {
  return r.code === 'us-east-1' && !alwaysPrefix ? base : `${r.prefix}-${base}`;
}
