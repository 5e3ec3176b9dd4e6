// SPEC.md step 1: leaves added into series, dense over the span, ordered by dimension and value.
import { describe, expect, it } from 'vitest';
import { buildSeries } from './series.ts';
import { anomalySpecSchema } from './spec.ts';

const leaf = (account: string, service: string, region: string | null, usage: string, owner: string | null, costCategories: Record<string, string | null> | null = null) => ({
  values: { SubAccountName: account, ServiceName: service, RegionId: region, x_UsageType: usage },
  owner,
  costCategories,
});

describe('buildSeries', () => {
  it('adds each leaf into the total, its dimensions, owner, pair and cost categories; a day without cost is 0', () => {
    const spec = anomalySpecSchema.parse({ kind: 'anomalies' });
    const t = buildSeries(spec, {
      leaves: [leaf('prod', 'EC2', 'us-east-1', 'BoxUsage', 'web', { Env: 'prod', Unit: null }), leaf('prod', 'S3', null, 'Storage', null)],
      first: 100,
      days: 3,
      // leaf 0: $10 on day 100 and $12 on day 102; leaf 1: $5 on day 101
      leaf: Int32Array.from([0, 1, 0]),
      day: Int32Array.from([100, 101, 102]),
      cost: Float64Array.from([10, 5, 12]),
    });
    const rows = Object.fromEntries(t.keys.map((k, s) => [`${k.dimension}=${k.value}`, [...t.cost.subarray(s * 3, s * 3 + 3)]]));
    expect(rows).toEqual({
      'RegionId=us-east-1': [10, 0, 12],
      'ServiceName=EC2': [10, 0, 12],
      'ServiceName=S3': [0, 5, 0],
      'SubAccountName=prod': [10, 5, 12],
      'costCategory:Env=prod': [10, 0, 12],
      'pair=["prod","EC2"]': [10, 0, 12],
      'pair=["prod","S3"]': [0, 5, 0],
      'tag:Team=web': [10, 0, 12],
      'total=': [10, 5, 12],
      'x_UsageType=BoxUsage': [10, 0, 12],
      'x_UsageType=Storage': [0, 5, 0],
    });
    // dimension, then value, in code-point order (upper case before lower case)
    expect(t.keys.map((k) => k.dimension)).toEqual(['RegionId', 'ServiceName', 'ServiceName', 'SubAccountName', 'costCategory:Env', 'pair', 'pair', 'tag:Team', 'total', 'x_UsageType', 'x_UsageType']);
  });
});
