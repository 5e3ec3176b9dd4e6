// The stories truth.json tells, checked in the ingested bill and the metric files rather than in
// the generator: each commitment's utilization, each anomaly's size, tag coverage and the tag
// defects, and the peaks behind every rightsizing answer.
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateAndIngest, type RoundTrip } from '../../core/synth/round-trip.ts';
import { familySizes, instanceType } from '../../core/synth/catalog/ec2.ts';
import { REQUIRED_TAG_KEYS } from '../../core/synth/index.ts';
import { sql, trusted } from '../../core/sql/index.ts';
import { tempDir } from '../support/workspace.ts';

const OPTIONS = { months: 2, seed: 5, scale: 8000, grain: 'daily' as const };

/** A decimal string as an integer of 10^-12 units. */
function units(s: string): bigint {
  const [whole = '0', frac = ''] = s.replace('-', '').split('.');
  const v = BigInt(whole) * 10n ** 12n + BigInt(frac.padEnd(12, '0').slice(0, 12));
  return s.startsWith('-') ? -v : v;
}

const dir = tempDir('fw-synth-stories-');
let legacy: RoundTrip;
let focus: RoundTrip;

beforeAll(async () => {
  legacy = await generateAndIngest(join(dir, 'legacy'), { ...OPTIONS, format: 'cur-legacy-csv' });
  focus = await generateAndIngest(join(dir, 'focus'), { ...OPTIONS, format: 'focus-csv', metrics: false });
});

afterAll(() => {
  legacy.close();
  focus.close();
  rmSync(dir, { recursive: true, force: true });
});

const list = (xs: readonly string[]): string => xs.map((x) => `'${x.replaceAll("'", "''")}'`).join(', ');

describe('commitments', () => {
  it('have the utilization of truth.json in the ingested fee lines', async () => {
    const { truth, ws } = legacy;
    expect(truth.commitments.map((c) => c.type).sort()).toEqual(['ComputeSavingsPlan', 'ComputeSavingsPlan', 'EC2InstanceSavingsPlan', 'ReservedInstance', 'ReservedInstance', 'ReservedInstance']);
    for (const c of truth.commitments) {
      const sp = c.type !== 'ReservedInstance';
      // The fee lines themselves: their unused-commitment Usage rows (FOCUS 1.2) copy these columns.
      const rows = await ws.db.all(
        sp
          ? sql`SELECT strftime(BillingPeriodStart, '%Y-%m') AS month, CAST(sum(x_SavingsPlanTotalCommitmentToDate) AS VARCHAR) AS committed, CAST(sum(x_SavingsPlanUsedCommitment) AS VARCHAR) AS used
              FROM focus WHERE CommitmentDiscountId = ${c.id} AND x_LineItemType = 'SavingsPlanRecurringFee' AND ChargeCategory = 'Purchase' GROUP BY 1 ORDER BY 1`
          : sql`SELECT strftime(BillingPeriodStart, '%Y-%m') AS month, CAST(sum(PricingQuantity) AS VARCHAR) AS committed, CAST(sum(PricingQuantity - x_ReservationUnusedQuantity) AS VARCHAR) AS used
              FROM focus WHERE CommitmentDiscountId = ${c.id} AND x_LineItemType = 'RIFee' AND ChargeCategory = 'Purchase' GROUP BY 1 ORDER BY 1`,
      );
      const active = Object.entries(c.utilizationByMonth).filter(([, u]) => u.utilization !== null);
      expect(rows.map((r) => r.month), c.id).toEqual(active.map(([m]) => m));
      for (const r of rows) {
        const t = c.utilizationByMonth[String(r.month)]!;
        expect(units(String(r.committed)), `${c.id} ${r.month} committed`).toBe(units(t.committed));
        expect(units(String(r.used)), `${c.id} ${r.month} used`).toBe(units(t.used));
        const ratio = Number((units(String(r.used)) * 1_000_000n) / units(String(r.committed))) / 1_000_000;
        expect(ratio).toBe(t.utilization);
      }
    }
  });

  it('include an under-used one and one that expires inside the range', () => {
    const { truth } = legacy;
    expect(truth.commitments.some((c) => c.utilization !== null && c.utilization < 0.7)).toBe(true);
    const end = Date.parse(`${truth.generator.months.at(-1)}-01T00:00:00Z`);
    expect(truth.commitments.some((c) => Date.parse(c.end) < end)).toBe(true);
  });
});

describe('anomalies', () => {
  it('added resources cost exactly the extra cost of truth.json, day by day', async () => {
    const { truth, ws } = legacy;
    const added = truth.anomalies.filter((a) => a.kind !== 'spike');
    expect(added.map((a) => a.kind).sort()).toEqual(['level-shift', 'new-service']);
    for (const a of added) {
      const rows = await ws.db.all(trusted(`SELECT strftime(ChargePeriodStart, '%Y-%m-%d') AS day, CAST(sum(EffectiveCost) AS VARCHAR) AS cost
        FROM focus WHERE ResourceId IN (${list(a.resourceIds)}) GROUP BY 1 ORDER BY 1`));
      expect(Object.fromEntries(rows.map((r) => [r.day, units(String(r.cost))]))).toEqual(Object.fromEntries(Object.entries(a.extraCostByDay).map(([d, v]) => [d, units(v)])));
      const service = await ws.db.value(trusted(`SELECT DISTINCT ServiceName FROM focus WHERE ResourceId IN (${list(a.resourceIds)}) AND x_LineItemType = 'Usage' AND x_UsageType = '${a.usageType}'`));
      expect(service).toBe(a.serviceName);
    }
  });

  it('a spike multiplies its meter: the extra is 11/12 of what the meter cost while it lasted', async () => {
    const { truth, ws } = legacy;
    const spike = truth.anomalies.find((a) => a.kind === 'spike')!;
    const during = await ws.db.value(sql`SELECT CAST(sum(EffectiveCost) AS VARCHAR) FROM focus WHERE SubAccountId = ${spike.accountId} AND x_UsageType = ${spike.usageType}
      AND ChargePeriodStart >= CAST(${spike.start.replace('Z', '')} AS TIMESTAMP) AND ChargePeriodStart < CAST(${spike.end.replace('Z', '')} AS TIMESTAMP)`);
    expect(units(String(during)) * 11n).toBe(units(spike.extraCost) * 12n);
    // and it stands out: the spike day costs several times a usual day of the same meter
    const usual = await ws.db.value(sql`SELECT CAST(median(c) AS VARCHAR) FROM (SELECT sum(EffectiveCost) AS c FROM focus
      WHERE SubAccountId = ${spike.accountId} AND x_UsageType = ${spike.usageType} GROUP BY date_trunc('day', ChargePeriodStart))`);
    expect(units(String(during))).toBeGreaterThan(units(String(usual)) * 5n);
  });
});

describe('tags', () => {
  it('cover exactly the spend truth.json says carries every required key', async () => {
    const { truth, ws } = legacy;
    const all = REQUIRED_TAG_KEYS.map((k) => `map_contains(Tags, '${k}')`).join(' AND ');
    const rows = await ws.db.all(trusted(`SELECT strftime(BillingPeriodStart, '%Y-%m') AS month, CAST(sum(EffectiveCost) FILTER (WHERE ${all}) AS VARCHAR) AS tagged,
      CAST(sum(EffectiveCost) AS VARCHAR) AS total FROM focus GROUP BY 1 ORDER BY 1`));
    for (const r of rows) {
      const t = truth.tags.coverageByMonth[String(r.month)]!;
      expect(units(String(r.tagged)), String(r.month)).toBe(units(t.tagged));
      expect(units(String(r.total))).toBe(units(t.effectiveCost));
    }
  });

  it('keep each misspelled key and odd value as the resource carries it', async () => {
    const { truth, ws } = focus;
    const defects = truth.tags.resourcesWithDefects.flatMap((r) => r.defects.map((d) => ({ r, d })));
    const kinds = new Set(defects.map(({ d }) => (d.kind === 'misspelled-key' ? `${d.kind}:${d.raw}` : d.kind)));
    expect([...kinds].sort()).toEqual(['misspelled-key:Team ', 'misspelled-key:cost-center', 'misspelled-key:team', 'missing-key', 'untagged', 'value-variant'].sort());
    for (const { r, d } of defects) {
      const keys = (await ws.db.all(sql`SELECT DISTINCT unnest(map_keys(Tags)) AS k FROM focus WHERE ResourceId = ${r.resourceId}`)).map((x) => String(x.k));
      if (d.kind === 'misspelled-key') expect(keys, r.resourceId).toContain(d.raw);
      if (d.kind === 'misspelled-key') expect(keys, r.resourceId).not.toContain(d.canonical);
      if (d.kind === 'missing-key') expect(keys, r.resourceId).not.toContain(d.key);
      if (d.kind === 'untagged') expect(keys.filter((k) => k !== 'Name'), r.resourceId).toEqual([]);
      if (d.kind === 'value-variant') {
        const values = await ws.db.all(sql`SELECT DISTINCT Tags['Environment'] AS v FROM focus WHERE ResourceId = ${r.resourceId}`);
        expect(values.map((v) => v.v)).toEqual([d.value]);
      }
    }
  });
});

describe('rightsizing', () => {
  interface MetricRecord { metric_name: string; dimensions: { InstanceId: string }; value: { max: number; sum: number } }
  let records: MetricRecord[];
  beforeAll(() => {
    const folder = join(legacy.gen.out, 'cloudwatch');
    records = readdirSync(folder).flatMap((f) => gunzipSync(readFileSync(join(folder, f))).toString('utf8').trim().split('\n').map((l) => JSON.parse(l) as MetricRecord));
  });

  it('answers with a size that covers the observed peak, and the next size down would not', () => {
    const { truth } = legacy;
    const findings = new Set(truth.rightsizing.instances.map((i) => i.finding));
    expect([...findings].sort()).toEqual(['idle', 'oversized']);
    for (const i of truth.rightsizing.instances) {
      const mine = records.filter((r) => r.dimensions.InstanceId === i.resourceId);
      const peak = (name: string): number => Math.max(...mine.filter((r) => r.metric_name === name).map((r) => r.value.max));
      expect(peak('CPUUtilization'), i.resourceId!).toBe(i.cpuPeakPercent);
      expect(peak('mem_used_percent'), i.resourceId!).toBe(i.memoryPeakPercent);
      const t = instanceType(i.instanceType);
      const needCpu = (i.cpuPeakPercent / 100) * t.vcpu;
      const needMem = (i.memoryPeakPercent / 100) * t.memoryGiB;
      if (i.finding === 'idle') {
        expect(i.cpuPeakPercent).toBeLessThan(2);
        expect(Math.max(...mine.filter((r) => r.metric_name === 'NetworkOut').map((r) => r.value.sum))).toBeLessThan(10e6);
        continue;
      }
      const sizes = familySizes(t.family);
      const at = sizes.findIndex((s) => s.name === i.recommendedType);
      const fits = (s: (typeof sizes)[number]): boolean => s.vcpu * 0.8 >= needCpu && s.memoryGiB * 0.8 >= needMem;
      expect(at, `${i.resourceId} ${i.recommendedType}`).toBeGreaterThanOrEqual(0);
      expect(fits(sizes[at]!)).toBe(true);
      if (at > 0) expect(fits(sizes[at - 1]!)).toBe(false);
      expect(at).toBeLessThan(sizes.findIndex((s) => s.name === i.instanceType));
    }
  });

  it('names instances the bill has, with the type it bills them as', async () => {
    for (const i of legacy.truth.rightsizing.instances) {
      const types = await legacy.ws.db.all(sql`SELECT DISTINCT x_InstanceType AS t FROM focus WHERE ResourceId = ${i.resourceId} AND x_UsageType LIKE '%BoxUsage%'`);
      expect(types.map((r) => r.t), i.resourceId!).toEqual([i.instanceType]);
    }
  });
});
